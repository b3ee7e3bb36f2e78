// Serves the production build on a fresh embedded database for the e2e run.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

delete process.env.DATABASE_URL;
process.env.NODE_ENV = "production";
process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "par-e2e-"));
await import("../server.mjs");
