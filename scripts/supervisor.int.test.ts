import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { supervise } from "./supervisor.mjs";

/**
 * The supervisor behind `npm start`, with a small stand-in server: it must bring a dead server
 * back within seconds saying why, and on a stop signal let it finish what it is doing.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), "par-supervisor-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const server = path.join(dir, "server.mjs");
writeFileSync(
  server,
  `
import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import http from "node:http";
const marker = ${JSON.stringify(path.join(dir, "started"))};
appendFileSync(marker, process.pid + "\\n");
const s = http.createServer((req, res) => setTimeout(() => res.end("xong"), Number(new URL(req.url, "http://x").searchParams.get("ms") ?? 0)));
s.listen(0, "127.0.0.1", () => writeFileSync(${JSON.stringify(path.join(dir, "port"))}, String(s.address().port)));
process.on("SIGTERM", () => s.close(() => { writeFileSync(${JSON.stringify(path.join(dir, "drained"))}, "yes"); process.exit(0); }));
if (!existsSync(${JSON.stringify(path.join(dir, "crashed-once"))})) {
  writeFileSync(${JSON.stringify(path.join(dir, "crashed-once"))}, "1");
  setTimeout(() => { console.error("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"); process.exit(134); }, 200);
}
`,
);

const until = async (check: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
};
const starts = () => readFileSync(path.join(dir, "started"), "utf8").trim().split("\n").length;

describe("supervisor", () => {
  it("restarts a server that died within seconds, logging why; a stop signal drains it", async () => {
    const lines: string[] = [];
    const sup = supervise({ command: process.execPath, args: [server], log: (l: string) => lines.push(l), restartDelayMs: 300 });
    try {
      expect(await until(() => { try { return starts() >= 2; } catch { return false; } }, 5_000)).toBe(true);
      expect(lines.join("\n")).toMatch(/mã thoát 134.*hết bộ nhớ/);

      // Killed outright (kill -9): back again.
      await until(() => { try { return readFileSync(path.join(dir, "port"), "utf8") !== ""; } catch { return false; } }, 3_000);
      process.kill(sup.pid()!, "SIGKILL");
      expect(await until(() => starts() >= 3, 5_000)).toBe(true);
      expect(lines.join("\n")).toMatch(/tín hiệu SIGKILL/);
      expect(sup.restarts()).toBe(2);

      // A request in flight when the stop comes is still answered.
      await new Promise((r) => setTimeout(r, 500));
      const port = readFileSync(path.join(dir, "port"), "utf8");
      const slow = fetch(`http://127.0.0.1:${port}/?ms=800`).then((r) => r.text());
      await new Promise((r) => setTimeout(r, 100));
      await sup.stop("SIGTERM");
      expect(await slow).toBe("xong");
      expect(readFileSync(path.join(dir, "drained"), "utf8")).toBe("yes");
      expect(starts()).toBe(3);
    } finally {
      await sup.stop("SIGKILL");
    }
  }, 30_000);
});
