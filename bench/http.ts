// Load generation and process figures for the benchmark: a closed loop of `concurrency` clients,
// each sending its next request when the last one answered, as a browser user would.
import { readFileSync } from "node:fs";
import http from "node:http";
import { gunzipSync } from "node:zlib";

export interface Sample {
  ms: number;
  status: number;
  bytes: number;
  sql: number | null;
}

export interface LoadFigures {
  concurrency: number;
  requests: number;
  errors: number;
  /** What the first failures were (a status, or the client's error), to tell the app's from the wire's. */
  errorKinds: string[];
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  /** Server CPU (user + system) per request, ms, across the app processes. */
  cpuMs: number | null;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux

/** CPU time in ms used so far by the given processes (and their threads), from /proc. */
export function cpuMs(pids: number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    } catch {
      // The process ended: its CPU is no longer counted.
    }
  }
  return total;
}

export function threadCount(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/Threads:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}

export async function timed(url: string, init: RequestInit = {}): Promise<Sample & { body: Buffer; headers: Headers }> {
  const t0 = performance.now();
  const res = await fetch(url, { redirect: "manual", ...init, headers: { "accept-encoding": "gzip", ...(init.headers as Record<string, string>) } });
  const raw = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - t0;
  // fetch decodes gzip itself; the body here is the decoded page.
  const sql = res.headers.get("x-sql-statements");
  return { ms, status: res.status, bytes: raw.length, sql: sql === null ? null : Number(sql), body: raw, headers: res.headers };
}

export { gunzipSync };

// The load itself goes through node:http on kept-alive sockets, without decoding the gzip: the
// client shares the machine's two cores with the app and PostgreSQL, and fetch (WHATWG streams,
// gunzip) cost about as much CPU per request as a small page in the app.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export interface LeanAnswer {
  ms: number;
  status: number;
  /** Bytes on the wire (compressed when the app compressed). */
  bytes: number;
  sql: number | null;
  body: Buffer;
}

export function lean(url: string, opts: { method?: "GET" | "POST"; headers?: Record<string, string>; body?: string } = {}, retried = false): Promise<LeanAnswer> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { agent, method: opts.method ?? "GET", headers: { "accept-encoding": "gzip", ...opts.headers, ...(opts.body ? { "content-length": String(Buffer.byteLength(opts.body)) } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const body = Buffer.concat(chunks);
          const sql = res.headers["x-sql-statements"];
          resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0, bytes: body.length, sql: typeof sql === "string" ? Number(sql) : null, body });
        });
        res.on("error", reject);
      },
    );
    req.on("error", (e: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed as the request went out (its keep-alive timeout):
      // Node's documented race, not an answer of the app. A GET is sent again, once.
      if (req.reusedSocket && e.code === "ECONNRESET" && !retried && (opts.method ?? "GET") === "GET") {
        lean(url, opts, true).then(resolve, reject);
      } else reject(e);
    });
    req.end(opts.body);
  });
}

/** Run `concurrency` clients until `requests` have answered or `maxSeconds` passed. */
export async function load(
  send: (i: number) => Promise<Sample>,
  opts: { concurrency: number; requests: number; maxSeconds: number; pids: number[] },
): Promise<LoadFigures> {
  const samples: Sample[] = [];
  const errorKinds: string[] = [];
  let issued = 0;
  const cpu0 = cpuMs(opts.pids);
  const t0 = performance.now();
  const deadline = t0 + opts.maxSeconds * 1000;
  const client = async () => {
    while (issued < opts.requests && performance.now() < deadline) {
      const i = issued++;
      try {
        samples.push(await send(i));
      } catch (e) {
        samples.push({ ms: NaN, status: 0, bytes: 0, sql: null });
        if (errorKinds.length < 5) errorKinds.push(e instanceof Error ? `${(e as NodeJS.ErrnoException).code ?? ""} ${e.message}`.trim() : String(e));
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, client));
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuMs(opts.pids) - cpu0;
  const ok = samples.filter((s) => s.status >= 200 && s.status < 400);
  const sorted = ok.map((s) => s.ms).sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    concurrency: opts.concurrency,
    requests: samples.length,
    errors: samples.length - ok.length,
    errorKinds: [...errorKinds, ...samples.filter((x) => x.status !== 0 && !(x.status >= 200 && x.status < 400)).slice(0, 5).map((x) => `HTTP ${x.status}`)],
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    rps: round(samples.length / wall),
    cpuMs: samples.length ? round(cpu / samples.length) : null,
  };
}
