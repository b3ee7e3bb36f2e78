// Keeps the server process running: restarts it within seconds when it dies (logging why), and on
// a stop signal passes the signal on and waits for it to drain its requests and close the database.
import { spawn } from "node:child_process";

/**
 * @param {{ command: string, args: string[], env?: NodeJS.ProcessEnv, log?: (line: string) => void,
 *   restartDelayMs?: number, maxDelayMs?: number, stopTimeoutMs?: number }} options
 * @returns {{ stop: (signal?: NodeJS.Signals) => Promise<void>, restarts: () => number, pid: () => number | undefined }}
 */
export function supervise(options) {
  const log = options.log ?? ((line) => console.log(line));
  const baseDelay = options.restartDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 10_000;
  const stopTimeout = options.stopTimeoutMs ?? 25_000;
  let child = null;
  let stopping = false;
  let restarts = 0;
  let recentCrashes = [];
  let stderrTail = "";
  let exited = Promise.resolve();

  const start = () => {
    stderrTail = "";
    child = spawn(options.command, options.args, { env: options.env ?? process.env, stdio: ["ignore", "inherit", "pipe"] });
    const current = child;
    current.stderr.on("data", (chunk) => {
      process.stderr.write(chunk);
      // Keep the end of what it said: an out-of-memory death explains itself there.
      stderrTail = (stderrTail + chunk.toString("utf8")).slice(-2000);
    });
    exited = new Promise((resolve) => {
      current.on("exit", (code, signal) => {
        resolve();
        if (stopping) return;
        const why = signal ? `tín hiệu ${signal}` : `mã thoát ${code}`;
        const hint = /heap out of memory|Allocation failed/i.test(stderrTail)
          ? " (hết bộ nhớ)"
          : stderrTail.trim()
            ? ` — ${stderrTail.trim().split("\n").slice(-1)[0].slice(0, 300)}`
            : "";
        const now = Date.now();
        recentCrashes = [...recentCrashes.filter((t) => now - t < 60_000), now];
        // Back off when it keeps dying (a broken build or database), never give up.
        const delay = Math.min(maxDelay, baseDelay * 2 ** Math.max(0, recentCrashes.length - 1));
        log(`[giám sát] Máy chủ đã dừng bất thường: ${why}${hint}. Khởi động lại sau ${Math.round(delay / 100) / 10} giây…`);
        setTimeout(() => {
          if (stopping) return;
          restarts++;
          start();
        }, delay);
      });
    });
  };
  start();

  return {
    restarts: () => restarts,
    pid: () => child?.pid,
    async stop(signal = "SIGTERM") {
      stopping = true;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => {
        log("[giám sát] Máy chủ không dừng kịp: buộc dừng.");
        child?.kill("SIGKILL");
      }, stopTimeout);
      await exited;
      clearTimeout(timer);
    },
  };
}
