// The primary of a multi-worker server: starts the workers one after the other (the first
// migrates and seeds; the next find the database ready), restarts one that dies, and on a stop
// signal passes it on and waits for every worker to drain its requests and close its connections.
import cluster from "node:cluster";

const DRAIN_MS = Number(process.env.DRAIN_MS ?? 15_000);

/** @param {number} count */
export async function runPrimary(count) {
  let stopping = false;
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`Tiến trình phục vụ ${worker.process.pid} đã dừng (${signal ?? code}); khởi động lại.`);
    setTimeout(() => cluster.fork(), 1000);
  });

  /** @returns {Promise<void>} */
  const startOne = () =>
    new Promise((resolve) => {
      const w = cluster.fork();
      w.once("listening", () => resolve());
      w.once("exit", () => resolve());
    });
  for (let i = 0; i < count && !stopping; i++) await startOne();
  console.log(`${count} tiến trình phục vụ chung một cổng (primary ${process.pid}).`);

  const stop = (/** @type {NodeJS.Signals} */ signal) => {
    if (stopping) return;
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal);
    setTimeout(() => process.exit(1), DRAIN_MS + 5_000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}
