// Worker thread entry: parses one uploaded spreadsheet under a heap limit, so that a hostile file
// can at worst kill this worker, never the server. Built to build/sheet-worker.mjs.
import { parentPort, workerData } from "node:worker_threads";
import { parseSpreadsheet } from "./parse";
import type { SheetJob } from "./types";

const result = await parseSpreadsheet(workerData as SheetJob);
parentPort?.postMessage(result);
