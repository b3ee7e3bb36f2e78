import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type { DbOrTx } from "../../db/client";
import { getDbHandle } from "../../db/instance";
import { todayInVietnam } from "../clock";
import { currentRequestContext } from "../runtime/request-context";
import { sessionFromCookies } from "./security";

const gzipAsync = promisify(gzip);

/**
 * Read-only views whose answer depends only on the user, the URL, the viewing day and the app's
 * content: the dashboard, my tasks, a plan, the ranking and the lagging indices, as documents and
 * as Remix's data requests (`.data`, client navigation). Pages with forms, uploads, the audit log
 * or reports are not here.
 */
const CACHEABLE: readonly RegExp[] = [
  /^\/(?:_root\.data)?$/,
  /^\/nhiem-vu(?:\.data)?$/,
  /^\/ke-hoach\/(?!moi(?:\.data)?$)[^/]+$/,
  /^\/xep-hang(?:\.data)?$/,
  /^\/chi-so-can-cai-thien(?:\.data)?$/,
];

export function isCacheablePath(path: string): boolean {
  return CACHEABLE.some((re) => re.test(path));
}

/** Headers of the page's answer that are the page's own (not of one transfer or one client). */
const TRANSFER_HEADERS = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "vary",
  "etag",
  "cache-control",
  "set-cookie",
  "x-sql-statements",
  "x-page-cache",
]);
const STORED_TYPES = /^(text\/html|text\/x-script)\b/;

interface Entry {
  etag: string;
  headers: Array<[string, string | number | string[]]>;
  raw: Buffer;
  /** Made off the request once the page is kept; until then the raw bytes are sent. */
  gzip: Buffer | null;
  bytes: number;
}

export interface PageCacheOptions {
  /** The database the session and the content stamp are read from. */
  database: () => Promise<DbOrTx>;
  /** The viewing day in Vietnam (YYYY-MM-DD): pages judge deadlines on it. */
  today: () => string;
  /** The build's version: a new build's pages never answer an old ETag. */
  version: string;
  /** Memory for stored answers (raw and gzip), per process. */
  maxBytes: number;
  /** An answer larger than this is not kept. */
  maxEntryBytes?: number;
}

type Middleware<R> = (req: IncomingMessage, res: ServerResponse, next: () => void) => R;

export interface PageCache {
  /** First in the chain: a kept answer goes out before compression, static files or Remix. */
  answer: Middleware<Promise<void>>;
  /** After compression: keeps what the page writes on a miss (compression wraps the response earlier, so these are the page's own bytes). */
  capture: Middleware<void>;
  stats(): { entries: number; bytes: number; hits: number; misses: number };
}

interface Pending {
  key: string;
  stamp: bigint;
  today: string;
  etag: string;
}

/**
 * The page cache: the answer a page gave a user, kept under (user, URL, viewing day, content stamp)
 * and given again while all four are the same. The content stamp (db/schema/content-stamp.ts) is
 * read with the session, in the statement every request already sends, and moves exactly when a
 * change to anything a page shows commits; so a kept answer is never older than the content it
 * would be rendered from now. What it saves: the page's other statements, the render and the
 * serialisation (for a province dashboard, about 80 ms of CPU) on repeat views, back and forth
 * between pages, and a leadership meeting opening the same dashboard. Every request still checks
 * its session (and slides it). Answers carry an ETag, so a browser's reload of an unchanged page
 * is a 304 without a body.
 */
export function createPageCache(options: PageCacheOptions): PageCache {
  const maxEntryBytes = options.maxEntryBytes ?? 4 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  // The newest content stamp and day seen: answers under older ones can never be asked for again.
  let newest: { stamp: bigint; today: string } | null = null;
  const pending = new WeakMap<IncomingMessage, Pending>();

  const forget = () => {
    entries.clear();
    bytes = 0;
  };
  const evict = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    entries.delete(key);
    bytes -= e.bytes;
  };
  const store = (key: string, entry: Entry) => {
    evict(key);
    while (bytes + entry.bytes > options.maxBytes && entries.size > 0) evict(entries.keys().next().value!);
    if (entry.bytes > options.maxBytes) return;
    entries.set(key, entry);
    bytes += entry.bytes;
  };

  const answer = async (req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> => {
    const url = req.url ?? "/";
    if (req.method !== "GET" || !isCacheablePath(url.split("?")[0]!)) return next();
    let key: string;
    let stamp: bigint;
    let today: string;
    try {
      const session = await sessionFromCookies(await options.database(), req.headers.cookie);
      if (!session || session.contentStamp === null || session.actor.mustChangePassword) return next();
      stamp = BigInt(session.contentStamp);
      today = options.today();
      key = `${session.actor.userId}\n${today}\n${session.contentStamp}\n${url}`;
    } catch {
      // The page itself reads the session again and answers the error as it always has.
      return next();
    }
    if (!newest || stamp > newest.stamp || today !== newest.today) {
      if (newest && (stamp > newest.stamp || today !== newest.today)) forget();
      newest = { stamp, today };
    }
    const hit = entries.get(key);
    if (hit) {
      hits++;
      // Most recently used last.
      entries.delete(key);
      entries.set(key, hit);
      res.statusCode = 200;
      for (const [name, value] of hit.headers) res.setHeader(name, value);
      res.setHeader("ETag", hit.etag);
      res.setHeader("Cache-Control", "private, no-cache");
      res.setHeader("Vary", "Accept-Encoding");
      res.setHeader("X-Page-Cache", "hit");
      if (req.headers["if-none-match"] === hit.etag) {
        res.statusCode = 304;
        res.end();
        return;
      }
      const gzipped = hit.gzip !== null && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      const body = gzipped ? hit.gzip! : hit.raw;
      if (gzipped) res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Content-Length", body.length);
      res.end(body);
      return;
    }

    misses++;
    const etag = `W/"${createHash("sha1").update(`${options.version}\n${key}`).digest("base64url")}"`;
    pending.set(req, { key, stamp, today, etag });
    res.setHeader("X-Page-Cache", "miss");
    res.setHeader("ETag", etag);
    res.setHeader("Cache-Control", "private, no-cache");
    next();
  };

  const capture = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const miss = pending.get(req);
    if (!miss) return next();
    const { key, stamp, today, etag } = miss;
    // Keep what the page writes (before compression, which wraps the response earlier) and store
    // it once it is all sent, if it is a whole, ordinary answer of a request that changed nothing.
    const chunks: Buffer[] = [];
    let size = 0;
    let keep = true;
    const collect = (chunk: unknown, encoding: unknown) => {
      if (!keep || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buf = Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
          : chunk instanceof Uint8Array
            ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
            : null;
      if (!buf) {
        keep = false;
        return;
      }
      size += buf.length;
      if (size > maxEntryBytes) {
        keep = false;
        chunks.length = 0;
        return;
      }
      chunks.push(Buffer.from(buf));
    };
    const write = res.write;
    const end = res.end;
    res.write = function (this: ServerResponse, ...args: unknown[]) {
      collect(args[0], args[1]);
      return (write as (...a: unknown[]) => boolean).apply(this, args);
    } as typeof res.write;
    res.end = function (this: ServerResponse, ...args: unknown[]) {
      collect(args[0], args[1]);
      return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
    } as typeof res.end;
    const context = currentRequestContext();
    res.on("finish", () => {
      const type = String(res.getHeader("content-type") ?? "");
      if (!keep || res.statusCode !== 200 || res.getHeader("set-cookie") !== undefined || !STORED_TYPES.test(type)) return;
      // A request that wrote (a slid session, a page that marks something read) may not answer another.
      if (!context || context.writes > 0) return;
      if (!newest || newest.stamp !== stamp || newest.today !== today) return;
      const raw = Buffer.concat(chunks);
      const headers: Entry["headers"] = [];
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value !== undefined && !TRANSFER_HEADERS.has(name)) headers.push([name, value]);
      }
      const entry: Entry = { etag, headers, raw, gzip: null, bytes: raw.length };
      store(key, entry);
      void gzipAsync(raw).then(
        (gz) => {
          if (entries.get(key) !== entry) return;
          entry.gzip = gz;
          entry.bytes += gz.length;
          bytes += gz.length;
          // Oldest first, never the page just kept.
          for (const older of entries.keys()) {
            if (bytes <= options.maxBytes || older === key) break;
            evict(older);
          }
        },
        () => undefined,
      );
    });
    next();
  };
  return { answer, capture, stats: () => ({ entries: entries.size, bytes, hits, misses }) };
}

/**
 * The server's page cache (scripts/serve.mjs), on the process's database; PAGE_CACHE=0 turns it
 * off (the benchmark measures pages both ways), PAGE_CACHE_MB sizes it (default 64 MB a process).
 */
export function appPageCache(version: string): PageCache | null {
  if (process.env.PAGE_CACHE === "0") return null;
  const mb = Number(process.env.PAGE_CACHE_MB ?? 64);
  return createPageCache({
    database: async () => (await getDbHandle()).db,
    today: todayInVietnam,
    version,
    maxBytes: (Number.isFinite(mb) && mb > 0 ? mb : 64) * 1024 * 1024,
  });
}
