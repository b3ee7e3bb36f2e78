// Worker thread entry: renders a report off the main thread, so a large province's .docx
// (seconds of CPU) never holds up other users' requests. Built to build/report-worker.mjs.
import { parentPort, workerData } from "node:worker_threads";
import { renderReportDocx } from "./docx";
import type { ReportData } from "./types";
import { renderReportXlsx } from "./xlsx";

const { kind, data } = workerData as { kind: "docx" | "xlsx"; data: ReportData };
const bytes = kind === "docx" ? await renderReportDocx(data) : await renderReportXlsx(data);
parentPort?.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
