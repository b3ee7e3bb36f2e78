// Benchmark: a year-end report for a large province (hundreds of units, thousands of tasks).
// Prints timings; asserts nothing. Run: npm run bench:report  (PGlite in memory; set
// BENCH_DATABASE_URL to a PostgreSQL database to measure there instead).
import { eq } from "drizzle-orm";
import { openDb } from "../db/client";
import * as s from "../db/schema";
import { loadSeeds } from "../seeds/load";
import type { Deadline } from "../server/domain/deadline";
import { syncDemoAccounts } from "../server/auth/demo";
import { renderReportDocx } from "../server/reports/docx";
import { renderReportXlsx } from "../server/reports/xlsx";
import { renderReport } from "../server/reports/render";
import { existsSync } from "node:fs";
import { loadActor } from "../server/services/actor";
import { buildReport } from "../server/services/reports";

const DISTRICTS = Number(process.env.BENCH_DISTRICTS ?? 20);
const COMMUNES_PER_DISTRICT = Number(process.env.BENCH_COMMUNES ?? 15);
const TASKS = Number(process.env.BENCH_TASKS ?? 3000);

const ms = (t0: number) => `${(performance.now() - t0).toFixed(0)} ms`;

const h = await openDb(process.env.BENCH_DATABASE_URL ? { url: process.env.BENCH_DATABASE_URL } : { pgliteDir: "memory" });
let t0 = performance.now();
await h.migrate();
await loadSeeds(h.db);
await syncDemoAccounts(h.db, true);
console.log(`setup (migrate + seeds): ${ms(t0)}`);

t0 = performance.now();
const [laiChau] = await h.db.select({ id: s.units.id }).from(s.units).where(eq(s.units.code, "lai-chau"));
const unitIds: number[] = [];
for (let d = 0; d < DISTRICTS; d++) {
  const [district] = await h.db
    .insert(s.units)
    .values({ code: `bench.d${d}`, name: `UBND huyện Thử nghiệm ${d + 1}`, kind: "district", parentId: laiChau!.id, position: 100 + d })
    .returning({ id: s.units.id });
  unitIds.push(district!.id);
  const communes = await h.db
    .insert(s.units)
    .values(Array.from({ length: COMMUNES_PER_DISTRICT }, (_, c) => ({ code: `bench.d${d}.x${c}`, name: `UBND xã Thử nghiệm ${d + 1}.${c + 1}`, kind: "commune" as const, parentId: district!.id, position: c })))
    .returning({ id: s.units.id });
  unitIds.push(...communes.map((x) => x.id));
}
const [plan] = await h.db
  .insert(s.plans)
  .values({ code: "bench-plan", number: "999/KH-UBND", title: "Kế hoạch thử nghiệm hiệu năng", kind: "improvement", fromYear: 2024, toYear: 2024, issuerUnitId: laiChau!.id, reportingDeadline: { kind: "date", date: "2024-12-10", startDate: null } })
  .returning({ id: s.plans.id });
const components = ["chi-dao-dieu-hanh", "the-che", "thu-tuc-hanh-chinh", "to-chuc-bo-may", "cong-vu", "tai-chinh-cong", "chinh-quyen-so", "tac-dong"];
const [admin] = await h.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.username, "snv.laichau"));
for (let i = 0; i < TASKS; i += 500) {
  const batch = await h.db
    .insert(s.tasks)
    .values(
      Array.from({ length: Math.min(500, TASKS - i) }, (_, k) => {
        const n = i + k;
        const statuses = ["chua-thuc-hien", "dang-thuc-hien", "hoan-thanh", "hoan-thanh-cham"] as const;
        const status = statuses[n % 4] ?? "chua-thuc-hien";
        const deadline: Deadline = n % 3 === 0 ? { kind: "period", period: "year", year: null, months: [] } : { kind: "date", date: "2024-09-30", startDate: null };
        return {
          planId: plan!.id,
          position: n + 1,
          ordinal: String(n + 1),
          title: `Nhiệm vụ thử nghiệm số ${n + 1} về cải cách hành chính`,
          deadlineText: n % 3 === 0 ? "Cả năm" : "Trước ngày 30/09/2024",
          deadlineKind: deadline.kind,
          deadline,
          status,
          progress: status === "chua-thuc-hien" ? 0 : status === "dang-thuc-hien" ? 50 : 100,
          completedOn: status.startsWith("hoan-thanh") ? new Date("2024-10-15T03:00:00Z") : null,
        };
      }),
    )
    .returning({ id: s.tasks.id });
  await h.db.insert(s.taskUnits).values(batch.map((t, k) => ({ taskId: t.id, unitId: unitIds[(i + k) % unitIds.length]!, role: "lead" as const })));
  await h.db.insert(s.taskComponents).values(batch.map((t, k) => ({ taskId: t.id, componentKey: components[(i + k) % components.length]! })));
  await h.db.insert(s.evidence).values(
    batch.filter((_, k) => k % 2 === 0).map((t) => ({ kind: "document" as const, taskId: t.id, docNumber: `${t.id}/BC-UBND`, docDate: "2024-10-01", docIssuer: "UBND huyện", unitId: laiChau!.id, addedBy: admin!.id, addedAt: new Date("2024-10-01T03:00:00Z") })),
  );
}
await h.db.insert(s.results).values(components.map((key, i) => ({ unitId: laiChau!.id, year: 2023, componentKey: key, percent: 60 + i * 4, rank: 10 + i, rankOf: 63, source: "published" as const })));
console.log(`generated ${unitIds.length} units, ${TASKS} tasks, ${Math.ceil(TASKS / 2)} evidence rows: ${ms(t0)}`);

const actor = (await loadActor(h.db, admin!.id))!;
const runs: Record<string, number[]> = { build: [], docx: [], xlsx: [] };
for (let i = 0; i < 5; i++) {
  let t = performance.now();
  const data = await buildReport(h.db, actor, { planCode: "bench-plan", year: 2024, period: "nam" }, "2026-11-22");
  runs.build!.push(performance.now() - t);
  t = performance.now();
  const docx = await renderReportDocx(data);
  runs.docx!.push(performance.now() - t);
  t = performance.now();
  const xlsx = await renderReportXlsx(data);
  runs.xlsx!.push(performance.now() - t);
  if (i === 0) console.log(`report: ${data.byLead.length} lead units, ${data.overdue.length} overdue tasks, ${data.evidence.length} tasks with evidence; docx ${(docx.byteLength / 1024).toFixed(0)} KiB, xlsx ${(xlsx.byteLength / 1024).toFixed(0)} KiB`);
}
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
for (const [k, v] of Object.entries(runs)) console.log(`${k.padEnd(6)} median ${median(v).toFixed(0)} ms (runs: ${v.map((x) => x.toFixed(0)).join(", ")})`);
console.log(`total median ${(median(runs.build!) + median(runs.docx!) + median(runs.xlsx!)).toFixed(0)} ms`);

// Does generation hold up other requests? Measure the event loop's worst delay while the .docx
// is made in-process versus in the worker thread (needs a build: build/report-worker.mjs).
const data = await buildReport(h.db, actor, { planCode: "bench-plan", year: 2024, period: "nam" }, "2026-11-22");
async function worstLag(work: () => Promise<unknown>): Promise<number> {
  let worst = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  await work();
  // Let the timer fire once more: a fully blocking job would only show its delay now.
  await new Promise((r) => setTimeout(r, 25));
  clearInterval(timer);
  return worst;
}
console.log(`event-loop worst delay, docx in-process: ${(await worstLag(() => renderReportDocx(data))).toFixed(0)} ms`);
if (existsSync("build/report-worker.mjs")) {
  console.log(`event-loop worst delay, docx in worker:  ${(await worstLag(() => renderReport("docx", data))).toFixed(0)} ms`);
} else {
  console.log("(run npm run build first to measure the worker thread)");
}
await h.close();
