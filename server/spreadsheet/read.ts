import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { badRequest, type ServiceError } from "../services/errors";
import { DEFAULT_SHEET_LIMITS, type SheetLimits } from "./limits";
import type { SheetRefusal, SheetResult, SpreadsheetData } from "./types";

/**
 * The one way the app reads an uploaded spreadsheet (results import, task-table import, and any
 * import to come): in a worker thread with a heap limit and a time limit, with the inflated size
 * and the row count capped while streaming. A refused file gets a Vietnamese message saying what
 * to do; the server's own heap never sees the file's contents beyond the capped rows.
 */

const BUILT_WORKER = path.resolve(process.cwd(), "build/sheet-worker.mjs");
const SOURCE_WORKER = path.resolve(process.cwd(), "server/spreadsheet/worker-dev.mjs");

/** At most this many parses at once: each may use up to `memoryMb` of heap. */
const MAX_PARALLEL = 2;
let running = 0;
const waiting: Array<() => void> = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function count(n: number): string {
  return n.toLocaleString("vi-VN");
}

export function refusalMessage(refusal: SheetRefusal, limits: SheetLimits): string {
  switch (refusal.reason) {
    case "too-big-file":
      return `Tệp quá lớn: tối đa ${mb(limits.maxFileBytes)}. Hãy chia thành nhiều tệp nhỏ hơn.`;
    case "too-big-uncompressed":
      return `Tệp chứa quá nhiều dữ liệu (hơn ${mb(limits.maxUncompressedBytes)} khi giải nén) nên không được nhận. Hãy xóa các trang tính, hình ảnh không cần thiết hoặc chia thành nhiều tệp nhỏ hơn.`;
    case "too-many-rows":
      return `Tệp có quá nhiều dòng: mỗi lần nhập tối đa ${count(limits.maxRows)} dòng. Hãy chia thành nhiều tệp nhỏ hơn.`;
    case "unreadable-xlsx":
      return "Không đọc được tệp .xlsx: tệp bị hỏng hoặc không phải tệp Excel (.xlsx). Hãy mở bằng Excel và lưu lại dạng .xlsx.";
    case "csv-encoding":
      return 'Tệp .csv phải lưu với bảng mã UTF-8. Trong Excel chọn "Lưu thành" → "CSV UTF-8", hoặc nhập tệp .xlsx.';
    case "csv-quote":
      return `Tệp .csv có dấu ngoặc kép chưa đóng ở dòng ${refusal.line}.`;
    case "timeout":
      return `Đọc tệp quá lâu (hơn ${Math.round(limits.timeoutMs / 1000)} giây) nên đã dừng. Hãy chia thành nhiều tệp nhỏ hơn.`;
    case "out-of-memory":
      return "Tệp quá nặng để đọc an toàn nên không được nhận. Hãy chia thành nhiều tệp nhỏ hơn hoặc lưu lại dạng .xlsx đơn giản (không hình ảnh).";
  }
}

function workerFile(): string {
  // Production runs the bundled worker; tests and development run the source through tsx.
  return process.env.NODE_ENV === "production" && existsSync(BUILT_WORKER) ? BUILT_WORKER : SOURCE_WORKER;
}

function runWorker(job: object, limits: SheetLimits): Promise<SheetResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), {
      workerData: job,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32 },
    });
    let settled = false;
    const finish = (result: SheetResult | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, refusal: { reason: "timeout" } }), limits.timeoutMs);
    worker.once("message", (result: SheetResult) => finish(result));
    worker.once("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") finish({ ok: false, refusal: { reason: "out-of-memory" } });
      else finish(error);
    });
    worker.once("exit", (code) => finish(code === 0 ? new Error("sheet worker ended without an answer") : { ok: false, refusal: { reason: "out-of-memory" } }));
  });
}

export interface ReadSpreadsheetOptions {
  kind: "xlsx" | "csv";
  bytes: Uint8Array;
  /** Task tables: a lead unit merged down a column applies to every row of the merge. */
  fillMergesDown?: boolean;
  limits?: Partial<SheetLimits>;
}

/** The file's rows, or a ServiceError (BAD_REQUEST) with a Vietnamese message. */
export async function readSpreadsheet(options: ReadSpreadsheetOptions): Promise<SpreadsheetData> {
  const limits: SheetLimits = { ...DEFAULT_SHEET_LIMITS, ...options.limits };
  const refuse = (refusal: SheetRefusal): ServiceError => badRequest(refusalMessage(refusal, limits), { refusal: refusal.reason });
  if (options.bytes.byteLength > limits.maxFileBytes) throw refuse({ reason: "too-big-file" });
  const job = {
    kind: options.kind,
    // A copy the worker may own, whatever view the caller holds.
    bytes: new Uint8Array(options.bytes),
    maxUncompressedBytes: limits.maxUncompressedBytes,
    maxRows: limits.maxRows,
    fillMergesDown: options.fillMergesDown ?? false,
  };
  const result = await slot(() => runWorker(job, limits));
  if (!result.ok) {
    // A zip that opened but whose sheets exceljs could not read: worth a line in the log.
    if (result.refusal.reason === "unreadable-xlsx" && result.refusal.detail) console.warn(`[bảng tính] không đọc được tệp .xlsx: ${result.refusal.detail}`);
    throw refuse(result.refusal);
  }
  return result.data;
}
