// One server process: Express serving the Remix build (server.mjs starts one, or several workers).
// It opens the database once, applies migrations and seeds an empty database before it listens.
import { Buffer } from "node:buffer";
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

const loading = Date.now();
const build = await import(pathToFileURL(BUILD_PATH).href);
const started = Date.now();
const info = await build.entry.module.prepareDatabase();
console.log(`Cơ sở dữ liệu: ${info.kind} (${info.location}); migrations ${info.migrations}; ${info.seeded ? "đã nạp dữ liệu mẫu" : "đã có dữ liệu"}${info.demo ? "; chế độ trình diễn (tài khoản demo)" : ""} — ${Date.now() - started} ms (${Object.entries(info.steps).map(([k, v]) => `${k} ${v}`).join(", ")}; nạp mã ${started - loading} ms)`);

const app = express();
app.disable("x-powered-by");
if (process.env.LOG_REQUESTS !== "0") app.use(morgan("tiny", { skip: (req) => req.path.startsWith("/build/") }));
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
// Behind a reverse proxy set TRUST_PROXY=1 so that log-in throttling sees the client's address
// and the cross-site check the host the proxy was asked for (X-Forwarded-Host).
if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY === "1" ? 1 : process.env.TRUST_PROXY);
// Before Remix: URLs with a NUL or broken encoding (400) and cross-site posts (403), answered in
// Vietnamese. Without a declared proxy a client-sent X-Forwarded-Host is dropped, so that neither
// our check nor Remix's believes it.
const trustProxy = Boolean(process.env.TRUST_PROXY && process.env.TRUST_PROXY !== "0" && process.env.TRUST_PROXY !== "false");
app.use((req, res, next) => {
  if (stopping) res.set("Connection", "close");
  if (!trustProxy) delete req.headers["x-forwarded-host"];
  const answer = build.entry.module.gate({
    method: req.method,
    url: req.originalUrl,
    header: (name) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    },
  });
  if (!answer) return next();
  if (req.path.startsWith("/api/")) {
    const code = answer.status === 403 ? "FORBIDDEN" : "BAD_REQUEST";
    return res.status(answer.status).json({ error: { message: answer.message, code: answer.status === 403 ? -32003 : -32600, data: { code, httpStatus: answer.status } } });
  }
  if (req.accepts(["html", "json", "text"]) === "html") {
    const title = answer.status === 403 ? "Yêu cầu bị từ chối" : "Yêu cầu không hợp lệ";
    return res
      .status(answer.status)
      .type("html")
      .send(`<!doctype html><html lang="vi"><meta charset="utf-8"><title>${title}</title><body style="font-family:sans-serif;max-width:40rem;margin:4rem auto"><h1>${title}</h1><p>${answer.message}</p><p><a href="/">← Về trang tổng quan</a></p></body></html>`);
  }
  return res.status(answer.status).type("text/plain; charset=utf-8").send(answer.message);
});
// Repeat views of a read-only page, answered from memory while the user, URL, day and content are
// the same (server/http/page-cache.ts): before compression and static files, which a kept answer
// does not need; inside the request context, so that its session read is the page's on a miss.
const pageCache = build.entry.module.appPageCache(build.assets.version);
if (pageCache) app.use((req, res, next) => void pageCache.answer(req, res, next));
// A mutation's answer is a few hundred bytes: starting a gzip stream for it costs more than it saves.
app.use(compression({ filter: (req, res) => !(req.method === "POST" && req.path.startsWith("/api/trpc/")) && compression.filter(req, res) }));
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));
// After compression: a page's own bytes, kept on a miss.
if (pageCache) app.use(pageCache.capture);
// `npm run db:backup` asks the running server to write a backup through its own connection.
let control = null;
app.post("/_control/backup", express.json({ limit: "10kb" }), async (req, res) => {
  const local = ["127.0.0.1", "::1", "::ffff:127.0.0.1"].includes(req.socket.remoteAddress ?? "");
  if (!control || !local || req.get("x-control-token") !== control.token || typeof req.body?.file !== "string") {
    return res.status(403).json({ ok: false, message: "Không được phép." });
  }
  try {
    res.json({ ok: true, summary: await build.entry.module.backupRunningDatabase(req.body.file) });
  } catch (e) {
    console.error("Sao lưu thất bại:", e instanceof Error ? e.message : e);
    res.status(500).json({ ok: false, message: e instanceof Error ? e.message : "lỗi không xác định" });
  }
});
// tRPC calls skip Remix (its routing and conversions cost about a tenth of a task update's CPU).
app.all("/api/trpc/*", (req, res) => {
  void build.entry.module.serveTrpc(req, res);
});
app.all("*", createRequestHandler({ build, mode, getLoadContext: (req) => ({ ip: req.ip ?? "unknown" }) }));

const server = app.listen(port, host, async () => {
  console.log(`Theo dõi Chỉ số CCHC: http://localhost:${port}`);
  control = await build.entry.module.writeControlFile(port);
  setTimeout(() => build.entry.module.warmUp(), 0);
  if (mode === "development") broadcastDevReady(build);
});

// Requests Node refuses before Express sees them (headers or URL too long, malformed): a Vietnamese
// answer instead of an empty one.
server.on("clientError", (err, socket) => {
  if (!socket.writable) return socket.destroy();
  const tooLarge = err.code === "HPE_HEADER_OVERFLOW";
  const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
  const body = tooLarge ? "Địa chỉ hoặc tiêu đề yêu cầu quá dài." : "Yêu cầu không hợp lệ.";
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
});

// A stop signal drains: no new connections, idle keep-alive connections closed, requests in flight
// answered (up to DRAIN_MS), then the database closed cleanly.
const DRAIN_MS = Number(process.env.DRAIN_MS ?? 15_000);
let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: đang dừng máy chủ (chờ các yêu cầu đang xử lý)…`);
  const drained = new Promise((resolve) => server.close(() => resolve(true)));
  server.closeIdleConnections?.();
  const idleTimer = setInterval(() => server.closeIdleConnections?.(), 250);
  const inTime = await Promise.race([drained, new Promise((resolve) => setTimeout(() => resolve(false), DRAIN_MS))]);
  clearInterval(idleTimer);
  if (!inTime) {
    console.log("Hết thời gian chờ: đóng các kết nối còn lại.");
    server.closeAllConnections?.();
  }
  let code = 0;
  try {
    await build.entry.module.removeControlFile();
    await build.entry.module.shutdown();
    console.log("Đã đóng cơ sở dữ liệu.");
  } catch (e) {
    console.error("Đóng cơ sở dữ liệu lỗi:", e instanceof Error ? e.message : e);
    code = 1;
  } finally {
    process.exit(code);
  }
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
