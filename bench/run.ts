// `npm run bench`: generate the large province into PostgreSQL, start the production build against
// it and measure the pages, reports, concurrent writers and cold start that issue 11 budgets.
// Options: --scale 0.1|1 (default 0.1), --seed N, --reuse (keep an already generated database),
// --label NAME (file name under bench/results/), --quick (fewer requests), --only PARTS. Needs `npm run build`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import postgres from "postgres";
import {
  BENCH_PASSWORD,
  BENCH_USERS,
  BIG_PLAN,
  generate,
  type GenerateStats,
} from "./generate";
import {
  cpuMs,
  load,
  percentile,
  threadCount,
  timed,
  type LoadFigures,
  type Sample,
  lean,
} from "./http";
import { FLOORS } from "./floors";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const scale = Number(opt("scale", "0.1"));
const seed = Number(opt("seed", "20261203"));
const reuse = args.includes("--reuse");
const quick = args.includes("--quick");
const label = opt("label", `scale-${scale}`);
// --only pages,reports,writers,cold: measure a part while working on it (budgets of the rest are skipped).
const only = new Set(opt("only", "pages,reports,writers,cold").split(","));
// Workers of the app on PostgreSQL: as deployed (README), one per core that PostgreSQL does not
// need: all cores when the database is on another machine, one fewer when it shares this one
// (measured on 2 cores with PostgreSQL beside it: one worker wrote 827 updates/s with p99 149 ms,
// two 778/s with p99 191 ms, and served the pages at c=10 as fast or faster).
function deployedWorkers(databaseUrl: string): number {
  const cores = availableParallelism();
  const host = new URL(databaseUrl).hostname;
  const local = host === "" || host === "localhost" || host === "127.0.0.1" || host === "[::1]";
  return Math.max(1, local ? cores - 1 : cores);
}
const PORT = Number(process.env.BENCH_PORT ?? 3650);
const BASE = `http://127.0.0.1:${PORT}`;

const log = (s: string) => console.log(`[bench] ${s}`);

// ---------- database ----------
async function adminUrl(): Promise<{ url: string; stop?: () => void }> {
  const url =
    process.env.BENCH_DATABASE_URL ??
    "postgres://postgres@127.0.0.1:5432/postgres";
  try {
    const sql = postgres(url, {
      max: 1,
      connect_timeout: 3,
      onnotice: () => {},
    });
    await sql`select 1`;
    await sql.end();
    return { url };
  } catch {
    // No server: a throwaway cluster, as CI does (.ci/run).
    const bin = "/usr/lib/postgresql/15/bin";
    const dir = mkdtempSync(path.join(tmpdir(), "par-bench-pg-"));
    const port = 3699;
    const asPostgres =
      process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
    if (asPostgres.length) spawnSync("chown", ["postgres:", dir]);
    const run = (cmd: string[]) => {
      const r = spawnSync(
        asPostgres[0] ?? cmd[0]!,
        [...asPostgres.slice(1), ...(asPostgres.length ? cmd : cmd.slice(1))],
        { stdio: "inherit" }
      );
      if (r.status !== 0) throw new Error(`failed: ${cmd.join(" ")}`);
    };
    run([
      `${bin}/initdb`,
      "-D",
      `${dir}/data`,
      "-U",
      "postgres",
      "-A",
      "trust",
      "-E",
      "UTF8",
      "--no-sync",
    ]);
    run([
      `${bin}/pg_ctl`,
      "-D",
      `${dir}/data`,
      "-l",
      `${dir}/log`,
      "-w",
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      "start",
    ]);
    log(`throwaway PostgreSQL on port ${port} (${dir})`);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop: () =>
        run([`${bin}/pg_ctl`, "-D", `${dir}/data`, "-m", "fast", "stop"]),
    };
  }
}

function withDb(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

// ---------- app process ----------
interface App {
  proc: ChildProcess;
  pids: () => number[];
}

async function waitHealthy(timeoutMs: number): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    try {
      const r = await fetch(`${BASE}/healthz`);
      if (r.status === 200) return performance.now() - t0;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("the app did not become healthy");
}

function childPids(pid: number): number[] {
  const r = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" });
  return r.stdout.split("\n").filter(Boolean).map(Number);
}

async function startApp(
  env: Record<string, string | undefined>
): Promise<App & { ready: number }> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, ["server.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      HOST: "127.0.0.1",
      LOG_REQUESTS: "0",
      PAR_COUNT_SQL: "1",
      DEMO: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  proc.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  proc.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  proc.on("exit", (code) => {
    if (code && code !== 0) console.error(out);
  });
  await waitHealthy(120_000);
  const ready = performance.now() - t0;
  // With several workers (WEB_CONCURRENCY) the CPU of the primary's children counts too.
  return { proc, ready, pids: () => [proc.pid!, ...childPids(proc.pid!)] };
}

async function stopApp(app: App): Promise<void> {
  if (app.proc.exitCode !== null) return;
  const done = new Promise((r) => app.proc.once("exit", r));
  app.proc.kill("SIGTERM");
  await done;
}

async function login(username: string): Promise<string> {
  const body = new URLSearchParams({
    username,
    password: BENCH_PASSWORD,
    next: "/",
  });
  const res = await fetch(`${BASE}/dang-nhap`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: {
      origin: BASE,
      "content-type": "application/x-www-form-urlencoded",
    },
  });
  const cookie = res.headers.get("set-cookie");
  if (!cookie) throw new Error(`log-in failed for ${username}: ${res.status}`);
  return cookie.split(";")[0]!;
}

// ---------- measurements ----------
interface PageResult {
  name: string;
  path: string;
  user: string;
  htmlBytes: number;
  sqlStatements: number | null;
  c1: LoadFigures;
  c10: LoadFigures;
  floorMs?: number;
  ratioC1?: number;
  ratioC10?: number;
  /** The same page with every request rendered (PAGE_CACHE=0): a first view after a change. */
  rendered?: { c1: LoadFigures; c10: LoadFigures; sqlStatements: number | null; ratioC1?: number; ratioC10?: number };
}

async function measurePage(
  name: string,
  pathname: string,
  user: string,
  cookie: string,
  app: App,
  floorMs?: number
): Promise<PageResult> {
  const { first, c1, c10 } = await loadPage(name, pathname, cookie, app, 1);
  const r: PageResult = {
    name,
    path: pathname,
    user,
    htmlBytes: first.bytes,
    sqlStatements: first.sql,
    c1,
    c10,
  };
  if (floorMs) {
    r.floorMs = floorMs;
    r.ratioC1 = Math.round((c1.p95 / floorMs) * 10) / 10;
    r.ratioC10 = Math.round((c10.p95 / floorMs) * 10) / 10;
  }
  log(
    `${name}: c1 p95 ${c1.p95} ms, c10 p95 ${c10.p95} ms, ${(
      first.bytes / 1024
    ).toFixed(0)} KB, ${first.sql ?? "?"} SQL${
      floorMs ? `, floor ${floorMs} ms` : ""
    }`
  );
  return r;
}

/** A page at concurrency 1 and 10, after a checked warm-up (every measured page must answer 200). */
async function loadPage(name: string, pathname: string, cookie: string, app: App, share: number) {
  const url = `${BASE}${pathname}`;
  const send = async (): Promise<Sample> => lean(url, { headers: { cookie } });
  let first = await timed(url, { headers: { cookie } });
  for (let i = 0; i < 3; i++) first = await timed(url, { headers: { cookie } });
  if (first.status !== 200)
    throw new Error(`${name}: ${pathname} answered ${first.status}`);
  const c1 = await load(send, {
    concurrency: 1,
    requests: Math.round((quick ? 15 : 40) * share),
    maxSeconds: quick ? 10 : 20,
    pids: app.pids(),
  });
  const c10 = await load(send, {
    concurrency: 10,
    requests: Math.round((quick ? 40 : 120) * share),
    maxSeconds: quick ? 12 : 25,
    pids: app.pids(),
  });
  return { first, c1, c10 };
}

/**
 * The pages again with every request rendered (PAGE_CACHE=0): what a first view after a change
 * costs. The SQL budget is judged here, on what a render sends.
 */
async function measureRendered(page: PageResult, cookie: string, app: App): Promise<void> {
  const { first, c1, c10 } = await loadPage(page.name, page.path, cookie, app, 0.5);
  const ratio = (ms: number) => (page.floorMs ? Math.round((ms / page.floorMs) * 10) / 10 : undefined);
  page.rendered = { c1, c10, sqlStatements: first.sql, ratioC1: ratio(c1.p95), ratioC10: ratio(c10.p95) };
  log(`${page.name}, every request rendered: c1 p95 ${c1.p95} ms, c10 p95 ${c10.p95} ms, ${first.sql ?? "?"} SQL`);
}

async function floorMs(
  sql: postgres.Sql,
  text: string,
  tokenHash: string
): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 13; i++) {
    const t0 = performance.now();
    await sql.unsafe(text, [tokenHash]);
    if (i >= 2) runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return Math.round(percentile(runs, 50) * 10) / 10;
}

const tokenHashOf = (cookie: string) =>
  createHash("sha256")
    .update(decodeURIComponent(cookie.split("=")[1]!))
    .digest("hex");

async function firstLoadJs(
  html: string
): Promise<{
  files: number;
  rawBytes: number;
  gzipBytes: number;
  chartSvgInHtml: boolean;
  chartJsAtLoad: boolean;
}> {
  const urls = [
    ...new Set(
      [...html.matchAll(/\/build\/[A-Za-z0-9_\-./]+\.js/g)].map((m) => m[0])
    ),
  ];
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const u of urls) {
    const body = Buffer.from(await (await fetch(`${BASE}${u}`)).arrayBuffer());
    rawBytes += body.length;
    gzipBytes += gzipSync(body).length;
  }
  return {
    files: urls.length,
    rawBytes,
    gzipBytes,
    chartSvgInHtml: /class="chart-canvas"[^>]*>\s*(<div[^>]*>)?\s*<svg/.test(
      html
    ),
    chartJsAtLoad: urls.some((u) => /echarts/i.test(u)),
  };
}

async function writers(
  app: App,
  cookie: string,
  sql: postgres.Sql,
  unitCode: string,
  n: number,
  seconds: number
) {
  const tasks = await sql<Array<{ id: number; version: number }>>`
    select t.id, t.version from tasks t join task_units tu on tu.task_id = t.id and tu.role = 'lead'
    join units u on u.id = tu.unit_id join plans p on p.id = t.plan_id
    where u.code = ${unitCode} and p.from_year = 2026 and not t.is_heading order by t.id limit ${n}`;
  const ids = tasks.map((t) => t.id);
  const [{ before }] = await sql<
    [{ before: number }]
  >`select count(*)::int as before from task_updates where task_id in ${sql(
    ids
  )}`;
  const lat: number[] = [];
  let acked = 0;
  let failed = 0;
  const cpu0 = cpuMs(app.pids());
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  await Promise.all(
    tasks.map(async (t, w) => {
      let version = t.version;
      let i = 0;
      while (performance.now() < end) {
        const body = JSON.stringify({
          taskId: t.id,
          expectedVersion: version,
          status: "dang-thuc-hien",
          progress: 1 + ((w + i++) % 98),
          report: `Cập nhật thử tải ${i}`,
        });
        const s = performance.now();
        try {
          const res = await lean(`${BASE}/api/trpc/tasks.report`, {
            method: "POST",
            body,
            headers: {
              cookie,
              "content-type": "application/json",
              origin: BASE,
            },
          });
          const json = JSON.parse(res.body.toString("utf8")) as {
            result?: {
              data?: { version?: number; json?: { version?: number } };
            };
          };
          const v =
            json.result?.data?.version ?? json.result?.data?.json?.version;
          if (res.status === 200 && typeof v === "number") {
            version = v;
            acked++;
            lat.push(performance.now() - s);
          } else failed++;
        } catch {
          failed++;
        }
      }
    })
  );
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuMs(app.pids()) - cpu0;
  const [{ after }] = await sql<
    [{ after: number }]
  >`select count(*)::int as after from task_updates where task_id in ${sql(
    ids
  )}`;
  lat.sort((a, b) => a - b);
  return {
    writers: tasks.length,
    seconds: Math.round(wall * 10) / 10,
    acknowledged: acked,
    failed,
    stored: after - before,
    lost: acked - (after - before),
    perSecond: Math.round(acked / wall),
    p50: Math.round(percentile(lat, 50)),
    p99: Math.round(percentile(lat, 99)),
    cpuMsPerWrite: acked ? Math.round((cpu / acked) * 10) / 10 : null,
  };
}

async function reports(app: App, cookie: string) {
  const q = `kehoach=${BIG_PLAN}&nam=2026&ky=nam`;
  const out: Record<string, unknown> = {};
  for (const kind of ["docx", "xlsx"] as const) {
    const runs: number[] = [];
    let bytes = 0;
    for (let i = 0; i < (quick ? 3 : 5); i++) {
      const r = await timed(`${BASE}/bao-cao/tai?${q}&dang=${kind}`, {
        headers: { cookie },
      });
      if (r.status !== 200)
        throw new Error(
          `${kind}: ${r.status} ${r.body.toString().slice(0, 200)}`
        );
      runs.push(r.ms);
      bytes = r.bytes;
    }
    runs.sort((a, b) => a - b);
    out[kind] = {
      p50: Math.round(percentile(runs, 50)),
      max: Math.round(runs[runs.length - 1]!),
      bytes,
    };
    log(`${kind} of ${BIG_PLAN}: p50 ${Math.round(percentile(runs, 50))} ms`);
  }
  // Ten downloads at once: threads the app starts for them (a bounded pool keeps this small).
  const pid = app.proc.pid!;
  const idle = threadCount(pid);
  let peak = idle;
  const probe = setInterval(
    () => (peak = Math.max(peak, threadCount(pid))),
    20
  );
  const t0 = performance.now();
  const conc = await Promise.all(
    Array.from({ length: 10 }, () =>
      timed(`${BASE}/bao-cao/tai?${q}&dang=docx`, { headers: { cookie } })
    )
  );
  clearInterval(probe);
  const ms = conc.map((r) => r.ms).sort((a, b) => a - b);
  out.concurrent10 = {
    wallMs: Math.round(performance.now() - t0),
    p50: Math.round(percentile(ms, 50)),
    errors: conc.filter((r) => r.status !== 200).length,
    idleThreads: idle,
    peakThreads: peak,
    extraThreads: peak - idle,
  };
  // And once more, to see the threads are reused rather than started again.
  const idle2 = threadCount(pid);
  await timed(`${BASE}/bao-cao/tai?${q}&dang=docx`, { headers: { cookie } });
  out.threadsAfter = { before: idle2, after: threadCount(pid) };
  return out;
}

async function coldStart(): Promise<{ freshMs: number; withDataMs: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), "par-bench-pglite-"));
  try {
    const env = { DATABASE_URL: "", DATA_DIR: dir, DEMO: undefined };
    const a = await startApp(env);
    await stopApp(a);
    const b = await startApp(env);
    await stopApp(b);
    return { freshMs: Math.round(a.ready), withDataMs: Math.round(b.ready) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------- main ----------
if (!existsSync("build/index.js")) {
  log("no production build: npm run build");
  const r = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(1);
}
const admin = await adminUrl();
const workers = Number(opt("workers", process.env.WEB_CONCURRENCY ?? String(deployedWorkers(admin.url))));
const dbName = `par_bench_${String(scale).replace(".", "_")}`;
const url = withDb(admin.url, dbName);
const asAdmin = postgres(admin.url, { max: 1, onnotice: () => {} });
const exists =
  (await asAdmin`select 1 from pg_database where datname = ${dbName}`).length >
  0;
let generated: GenerateStats | null = null;
if (!reuse || !exists) {
  await asAdmin.unsafe(`drop database if exists ${dbName} with (force)`);
  await asAdmin.unsafe(`create database ${dbName}`);
  generated = await generate(url, scale, seed, log);
}
await asAdmin.end();

const sql = postgres(url, { max: 2, onnotice: () => {} });
const app = await startApp({
  DATABASE_URL: url,
  WEB_CONCURRENCY: String(workers),
});
log(
  `app ready in ${Math.round(
    app.ready
  )} ms (PostgreSQL ${dbName}, ${workers} worker(s))`
);
const cookies: Record<string, string> = {};
for (const u of Object.values(BENCH_USERS)) cookies[u] = await login(u);

const pages: PageResult[] = [];
const floor = async (key: keyof typeof FLOORS, user: string) =>
  floorMs(sql, FLOORS[key], tokenHashOf(cookies[user]!));
// The measured pages: who looks, where, and the floor statement that returns what the page shows.
const PAGES: Array<{ name: string; path: string; user: string; floor?: keyof typeof FLOORS }> = [
  { name: "dashboard, district leader", path: "/", user: BENCH_USERS.districtLeader, floor: "dashboard" },
  { name: "dashboard, province", path: "/", user: BENCH_USERS.provinceViewer, floor: "dashboard" },
  { name: "my tasks, small unit", path: "/nhiem-vu", user: BENCH_USERS.smallUnit, floor: "myTasks" },
  { name: "my tasks, big unit", path: "/nhiem-vu", user: BENCH_USERS.bigUnit, floor: "myTasks" },
  { name: "plan page, province", path: `/ke-hoach/${BIG_PLAN}`, user: BENCH_USERS.homeAffairs },
  { name: "report builder, province", path: `/bao-cao?kehoach=${BIG_PLAN}&nam=2026&ky=nam`, user: BENCH_USERS.homeAffairs },
];
if (only.has("pages")) {
  for (const p of PAGES) {
    pages.push(await measurePage(p.name, p.path, p.user, cookies[p.user]!, app, p.floor ? await floor(p.floor, p.user) : undefined));
  }
}
const [bigUnitTasks] = await sql<
  [{ n: number }]
>`select count(distinct task_id)::int as n from task_units tu join units u on u.id = tu.unit_id join tasks t on t.id = tu.task_id where u.code = 'gen.s01' and not t.is_heading`;

const dashHtml = (
  await timed(`${BASE}/`, {
    headers: { cookie: cookies[BENCH_USERS.districtLeader]! },
  })
).body.toString("utf8");
const js = await firstLoadJs(dashHtml);
log(
  `first-load JS of the dashboard: ${js.files} files, ${(
    js.gzipBytes / 1024
  ).toFixed(1)} KB gzip; chart SVG in HTML: ${js.chartSvgInHtml}`
);
const rep = only.has("reports")
  ? await reports(app, cookies[BENCH_USERS.homeAffairs]!)
  : null;
const write = only.has("writers")
  ? await writers(
      app,
      cookies[BENCH_USERS.bigUnit]!,
      sql,
      "gen.s01",
      50,
      quick ? 5 : 10
    )
  : null;
if (write)
  log(
    `50 writers: ${write.perSecond}/s, p99 ${write.p99} ms, lost ${write.lost}, failed ${write.failed}`
  );
await stopApp(app);
if (only.has("pages")) {
  const rendering = await startApp({ DATABASE_URL: url, WEB_CONCURRENCY: String(workers), PAGE_CACHE: "0" });
  for (const p of pages) if (p.floorMs) await measureRendered(p, cookies[p.user]!, rendering);
  await stopApp(rendering);
}
await sql.end();
const cold = only.has("cold") ? await coldStart() : null;
if (cold)
  log(
    `cold start on PGlite: fresh ${cold.freshMs} ms, with data ${cold.withDataMs} ms`
  );
admin.stop?.();

// ---------- budgets ----------
type Budget = { budget: string; figure: string; pass: boolean };
const budgets: Budget[] = [];
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
for (const p of pages.filter((x) => x.floorMs)) {
  budgets.push({
    budget: `${p.name}: p95 ≤ 3× floor at c=1`,
    figure: `${p.c1.p95} ms / ${p.floorMs} ms = ${p.ratioC1}×`,
    pass: (p.ratioC1 ?? Infinity) <= 3,
  });
  budgets.push({
    budget: `${p.name}: p95 ≤ 10× floor at c=10`,
    figure: `${p.c10.p95} ms / ${p.floorMs} ms = ${p.ratioC10}×`,
    pass: (p.ratioC10 ?? Infinity) <= 10,
  });
  // Judged on a render (PAGE_CACHE=0): a kept answer sends one statement, the session's.
  const statements = p.rendered?.sqlStatements ?? null;
  budgets.push({
    budget: `${p.name}: ≤ 8 SQL statements per request (rendered)`,
    figure: `${statements ?? "?"}`,
    pass: statements !== null && statements <= 8,
  });
}
for (const p of pages)
  budgets.push({
    budget: `${p.name}: HTML ≤ 300 KB`,
    figure: kb(p.htmlBytes),
    pass: p.htmlBytes <= 300 * 1024,
  });
for (const p of pages)
  budgets.push({
    budget: `${p.name}: no errors`,
    figure: `${p.c1.errors + p.c10.errors} of ${
      p.c1.requests + p.c10.requests
    }${[...p.c1.errorKinds, ...p.c10.errorKinds].length ? ` (${[...new Set([...p.c1.errorKinds, ...p.c10.errorKinds])].join("; ")})` : ""}`,
    pass: p.c1.errors + p.c10.errors === 0,
  });
if (rep) {
  const docx = rep.docx as { p50: number };
  budgets.push({
    budget: "province .docx ≤ 1 s",
    figure: `p50 ${docx.p50} ms`,
    pass: docx.p50 <= 1000,
  });
  const conc = rep.concurrent10 as { extraThreads: number; errors: number };
  budgets.push({
    budget:
      "reports by a bounded, reused worker pool (≤ 4 extra threads at 10 concurrent downloads, none started afterwards)",
    figure: `+${conc.extraThreads} threads; after: ${JSON.stringify(
      rep.threadsAfter
    )}`,
    pass:
      conc.extraThreads <= 4 &&
      conc.errors === 0 &&
      (rep.threadsAfter as { before: number; after: number }).after <=
        (rep.threadsAfter as { before: number }).before,
  });
}
if (write) {
  budgets.push({
    budget: "50 writers ≥ 300 task updates/s (PostgreSQL)",
    figure: `${write.perSecond}/s`,
    pass: write.perSecond >= 300,
  });
  budgets.push({
    budget: "50 writers p99 ≤ 150 ms",
    figure: `${write.p99} ms`,
    pass: write.p99 <= 150,
  });
  budgets.push({
    budget: "50 writers: 0 lost, 0 failed",
    figure: `lost ${write.lost}, failed ${write.failed}`,
    pass: write.lost === 0 && write.failed === 0,
  });
}
budgets.push({
  budget: "dashboard first-load JS ≤ 130 KB gzip",
  figure: `${(js.gzipBytes / 1024).toFixed(1)} KB in ${js.files} files`,
  pass: js.gzipBytes <= 130 * 1024,
});
budgets.push({
  budget: "charts visible before chart JS (SVG in HTML, no chart JS at load)",
  figure: `svg ${js.chartSvgInHtml}, chart JS at load ${js.chartJsAtLoad}`,
  pass: js.chartSvgInHtml && !js.chartJsAtLoad,
});
if (cold) {
  budgets.push({
    budget: "cold start on PGlite with data ≤ 3 s",
    figure: `${cold.withDataMs} ms`,
    pass: cold.withDataMs <= 3000,
  });
  budgets.push({
    budget: "cold start on PGlite fresh ≤ 5 s",
    figure: `${cold.freshMs} ms`,
    pass: cold.freshMs <= 5000,
  });
}

const loadavg = (await import("node:os"))
  .loadavg()
  .map((x) => x.toFixed(1))
  .join(" ");
const result = {
  label,
  scale,
  seed,
  at: new Date().toISOString(),
  loadavg,
  workers,
  generated,
  bigUnitTasks: bigUnitTasks.n,
  pages,
  firstLoadJs: js,
  reports: rep,
  writers: write,
  coldStart: cold,
  budgets,
};
mkdirSync("bench/results", { recursive: true });
const file = `bench/results/${label}.json`;
writeFileSync(file, JSON.stringify(result, null, 2));

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`\nPages (scale ${scale}; ms; load average ${loadavg})`);
console.log(
  `${"page".padEnd(28)} ${pad("c1 p50", 7)} ${pad("p95", 6)} ${pad(
    "p99",
    6
  )} ${pad("c10 p50", 8)} ${pad("p95", 6)} ${pad("p99", 6)} ${pad(
    "CPU/req",
    8
  )} ${pad("HTML", 8)} ${pad("SQL", 4)} ${pad("floor", 6)} ${pad(
    "×c1",
    5
  )} ${pad("×c10", 5)}`
);
for (const p of pages) {
  console.log(
    `${p.name.padEnd(28)} ${pad(p.c1.p50, 7)} ${pad(p.c1.p95, 6)} ${pad(
      p.c1.p99,
      6
    )} ${pad(p.c10.p50, 8)} ${pad(p.c10.p95, 6)} ${pad(p.c10.p99, 6)} ${pad(
      p.c1.cpuMs ?? "?",
      8
    )} ${pad(kb(p.htmlBytes), 8)} ${pad(p.sqlStatements ?? "?", 4)} ${pad(
      p.floorMs ?? "",
      6
    )} ${pad(p.ratioC1 ?? "", 5)} ${pad(p.ratioC10 ?? "", 5)}`
  );
}
if (pages.some((p) => p.rendered)) {
  console.log(`\nThe same pages with every request rendered (PAGE_CACHE=0: a first view after a change; ms)`);
  console.log(`${"page".padEnd(28)} ${pad("c1 p50", 7)} ${pad("p95", 6)} ${pad("c10 p50", 8)} ${pad("p95", 6)} ${pad("CPU/req", 8)} ${pad("SQL", 4)} ${pad("×c1", 5)} ${pad("×c10", 5)}`);
  for (const p of pages) {
    const r = p.rendered;
    if (!r) continue;
    console.log(
      `${p.name.padEnd(28)} ${pad(r.c1.p50, 7)} ${pad(r.c1.p95, 6)} ${pad(r.c10.p50, 8)} ${pad(r.c10.p95, 6)} ${pad(r.c1.cpuMs ?? "?", 8)} ${pad(r.sqlStatements ?? "?", 4)} ${pad(r.ratioC1 ?? "", 5)} ${pad(r.ratioC10 ?? "", 5)}`,
    );
  }
}
console.log(`\nBudgets`);
for (const b of budgets)
  console.log(`${b.pass ? "PASS" : "FAIL"}  ${b.budget}: ${b.figure}`);
console.log(
  `\n${budgets.filter((b) => b.pass).length}/${
    budgets.length
  } budgets pass; figures in ${file}`
);
