// Production and dev server: Express serving the Remix build. It opens the database once,
// applies migrations and seeds an empty database before it listens.
import path from "node:path";
import { pathToFileURL } from "node:url";
import compression from "compression";
import express from "express";
import morgan from "morgan";
import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady } from "@remix-run/node";

const mode = process.env.NODE_ENV === "production" ? "production" : "development";
const BUILD_PATH = path.resolve("build/index.js");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

const build = await import(pathToFileURL(BUILD_PATH).href);
const started = Date.now();
const info = await build.entry.module.prepareDatabase();
console.log(`Cơ sở dữ liệu: ${info.kind} (${info.location}); migrations ${info.migrations}; ${info.seeded ? "đã nạp dữ liệu mẫu" : "đã có dữ liệu"}${info.demo ? "; chế độ trình diễn (tài khoản demo)" : ""} — ${Date.now() - started} ms`);

const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));
if (process.env.LOG_REQUESTS !== "0") app.use(morgan("tiny"));
// Each request runs in its own context: reads shared by its loaders, and (for `npm run bench`,
// PAR_COUNT_SQL=1) the number of SQL statements it sent, as a response header.
const countSql = process.env.PAR_COUNT_SQL === "1";
app.use((req, res, next) =>
  build.entry.module.withRequestContext((ctx) => {
    if (countSql) {
      const writeHead = res.writeHead;
      res.writeHead = function (...args) {
        if (!res.headersSent) res.setHeader("X-Sql-Statements", String(ctx.statements));
        return writeHead.apply(this, args);
      };
    }
    next();
  }),
);
// Behind a reverse proxy set TRUST_PROXY=1 so that log-in throttling sees the client's address.
if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY === "1" ? 1 : process.env.TRUST_PROXY);
app.all("*", createRequestHandler({ build, mode, getLoadContext: (req) => ({ ip: req.ip ?? "unknown" }) }));

const server = app.listen(port, host, () => {
  console.log(`Theo dõi Chỉ số CCHC: http://localhost:${port}`);
  if (mode === "development") broadcastDevReady(build);
});

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: đang dừng máy chủ…`);
  server.close();
  server.closeAllConnections?.();
  try {
    await build.entry.module.shutdown();
  } finally {
    process.exit(0);
  }
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
