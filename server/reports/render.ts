import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ReportData } from "./types";

const WORKER = path.resolve(process.cwd(), "build/report-worker.mjs");

/** At most this many render threads per process (REPORT_WORKERS); more downloads wait their turn. */
const POOL_SIZE = Math.max(1, Number(process.env.REPORT_WORKERS) || Math.min(2, availableParallelism()));

type Reply = { id: number; bytes?: Uint8Array; error?: string };
interface Job {
  id: number;
  kind: "docx" | "xlsx";
  data: ReportData;
  resolve: (b: Uint8Array) => void;
  reject: (e: Error) => void;
}

/**
 * A bounded pool of report workers, started on first use and reused: a worker costs ≈300 ms to
 * start (docx and exceljs load), which every download used to pay. A worker that dies takes its
 * job down with an error and is replaced on the next job.
 */
class ReportPool {
  private idle: Worker[] = [];
  private busy = new Map<Worker, Job>();
  private queue: Job[] = [];
  private nextId = 1;

  run(kind: "docx" | "xlsx", data: ReportData): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, kind, data, resolve, reject });
      this.pump();
    });
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER);
    worker.unref();
    worker.on("message", (reply: Reply) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      if (job) {
        if (reply.bytes) job.resolve(new Uint8Array(reply.bytes));
        else job.reject(new Error(reply.error ?? "report worker failed"));
      }
      this.idle.push(worker);
      this.pump();
    });
    const fail = (e: Error) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle = this.idle.filter((w) => w !== worker);
      job?.reject(e);
      this.pump();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`report worker exited with code ${code}`)));
    return worker;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.busy.size < POOL_SIZE ? this.spawn() : null);
      if (!worker) return;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.ref();
      worker.postMessage({ id: job.id, kind: job.kind, data: job.data });
    }
    for (const w of this.idle) w.unref();
  }
}

const KEY = Symbol.for("par-tracker.report-pool");
type Holder = { [KEY]?: ReportPool };

/**
 * Render in the worker pool when the built worker is there (production), else in-process (tests,
 * development). The worker keeps the event loop free while the document is assembled.
 */
export async function renderReport(kind: "docx" | "xlsx", data: ReportData): Promise<Uint8Array> {
  if (!existsSync(WORKER)) {
    const { renderReportDocx } = await import("./docx");
    const { renderReportXlsx } = await import("./xlsx");
    return kind === "docx" ? renderReportDocx(data) : renderReportXlsx(data);
  }
  const holder = globalThis as Holder;
  holder[KEY] ??= new ReportPool();
  return holder[KEY].run(kind, data);
}
