// Production and dev entry. One process serves by default; with WEB_CONCURRENCY=N (PostgreSQL
// only) a primary process runs N workers that share the port (node:cluster), each a full server
// (scripts/serve.mjs). Nothing a request relies on lives only in one process: sessions, log-in
// throttling and locks are in PostgreSQL, so any worker (or any other instance) can answer.
import cluster from "node:cluster";

const workers = Math.max(1, Math.floor(Number(process.env.WEB_CONCURRENCY ?? 1)) || 1);

if (cluster.isPrimary && workers > 1 && !process.env.DATABASE_URL) {
  console.warn("WEB_CONCURRENCY > 1 cần PostgreSQL (DATABASE_URL): cơ sở dữ liệu nhúng chỉ mở được trong một tiến trình, nên chạy một tiến trình.");
  await import("./scripts/serve.mjs");
} else if (cluster.isPrimary && workers > 1) {
  const { runPrimary } = await import("./scripts/cluster.mjs");
  await runPrimary(workers);
} else {
  await import("./scripts/serve.mjs");
}
