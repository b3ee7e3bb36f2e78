import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ReportData } from "./types";

const WORKER = path.resolve(process.cwd(), "build/report-worker.mjs");

/**
 * Render in a worker thread when the built worker is there (production), else in-process (tests,
 * development). The worker keeps the event loop free while the document is assembled.
 */
export async function renderReport(kind: "docx" | "xlsx", data: ReportData): Promise<Uint8Array> {
  if (!existsSync(WORKER)) {
    const { renderReportDocx } = await import("./docx");
    const { renderReportXlsx } = await import("./xlsx");
    return kind === "docx" ? renderReportDocx(data) : renderReportXlsx(data);
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { kind, data } });
    worker.once("message", (bytes: Uint8Array) => resolve(new Uint8Array(bytes)));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`report worker exited with code ${code}`));
    });
  });
}
