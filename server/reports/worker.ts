// Worker thread entry: renders reports off the main thread, so a large province's .docx (seconds
// of CPU) never holds up other users' requests. Built to build/report-worker.mjs. It stays alive
// and serves one job after another (server/reports/render.ts keeps a small pool of them).
import { parentPort } from "node:worker_threads";
import { renderReportDocx } from "./docx";
import type { ReportData } from "./types";
import { renderReportXlsx } from "./xlsx";

export interface ReportJob {
  id: number;
  kind: "docx" | "xlsx";
  data: ReportData;
}

parentPort?.on("message", async (job: ReportJob) => {
  try {
    const bytes = job.kind === "docx" ? await renderReportDocx(job.data) : await renderReportXlsx(job.data);
    parentPort!.postMessage({ id: job.id, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
