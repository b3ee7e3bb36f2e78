// Generator of a large province for the benchmark: deterministic from a seed, written through the
// app's own schema (migrations + the shipped seed documents first, then bulk rows under the seeded
// province root "lai-chau"). At --scale 1: 640 units, 300 plans, 20 000 task rows, 200 000 updates,
// 50 000 evidence rows, 96 000 results and as many targets.
import postgres from "postgres";
import { openDb } from "../db/client";
import { loadSeeds } from "../seeds/load";
import { hashPassword } from "../server/auth/passwords";

export const BENCH_PASSWORD = "bench-pass-2026";

/** The measured accounts; all have BENCH_PASSWORD. */
export const BENCH_USERS = {
  districtLeader: "bench.lanhdao.d01",
  provinceViewer: "bench.sxx",
  smallUnit: "bench.commune",
  bigUnit: "bench.s01",
  homeAffairs: "bench.snv",
} as const;

export const BIG_PLAN = "gen-kh-lai-chau-2026";

/** mulberry32: a small, fast, seeded generator; the same seed gives the same province. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    /** Index from Zipf-like weights 1/(i+1): a few units carry most of the work, as in life. */
    zipf: (n: number) => {
      let total = 0;
      for (let i = 0; i < n; i++) total += 1 / (i + 1);
      let x = next() * total;
      for (let i = 0; i < n; i++) {
        x -= 1 / (i + 1);
        if (x <= 0) return i;
      }
      return n - 1;
    },
  };
}

const COMPONENTS = ["tong", "chi-dao-dieu-hanh", "the-che", "thu-tuc-hanh-chinh", "to-chuc-bo-may", "cong-vu", "tai-chinh-cong", "chinh-quyen-so", "tac-dong", "sipas"];
const TASK_COMPONENTS = COMPONENTS.slice(1, 9);
type Status = "chua-thuc-hien" | "dang-thuc-hien" | "hoan-thanh" | "hoan-thanh-cham" | "khong-thuc-hien-duoc";
const TODAY = "2026-12-03";

export interface GenerateStats {
  units: number;
  plans: number;
  taskRows: number;
  taskUnits: number;
  updates: number;
  evidence: number;
  results: number;
  targets: number;
  users: number;
  ms: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const day = (y: number, dayOfYear: number) => new Date(Date.UTC(y, 0, 1) + dayOfYear * 86_400_000);

/** Create (or replace) the database, migrate and seed it through the app, then generate. */
export async function generate(url: string, scale: number, seed = 20261203, log: (s: string) => void = console.log): Promise<GenerateStats> {
  const t0 = performance.now();
  const h = await openDb({ url });
  await h.migrate();
  await loadSeeds(h.db);
  await h.close();

  const sql = postgres(url, { max: 4, onnotice: () => {} });
  const r = rng(seed);
  const n = (x: number, min = 1) => Math.max(min, Math.round(x * scale));
  const maxId = async (table: string) => Number((await sql.unsafe(`select coalesce(max(id), 0)::int as m from ${table}`))[0]!.m);
  const insert = async (table: string, rows: Record<string, unknown>[], identity = true) => {
    if (rows.length === 0) return;
    const cols = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const per = 5000;
    for (let i = 0; i < rows.length; i += per) {
      const chunk = rows.slice(i, i + per);
      const list = cols.map((c) => `"${c}"`).join(", ");
      // One JSON parameter per chunk, spread into the table's own row type: types and enums as the schema has them.
      await sql
        .unsafe(`insert into "${table}" (${list}) ${identity ? "overriding system value" : ""} select ${list} from json_populate_recordset(null::"${table}", $1::text::json)`, [JSON.stringify(chunk)])
        .catch((e: unknown) => {
          throw new Error(`${table}: ${(e as Error).message}`);
        });
    }
  };
  const bumpSequence = (table: string) => sql.unsafe(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);

  const [root] = await sql`select id from units where code = 'lai-chau'`;
  const [snv] = await sql`select id from units where code = 'lai-chau.so-noi-vu'`;
  const rootId = Number(root!.id);

  // Units: departments, districts with 12 offices and 49 communes each.
  let unitId = await maxId("units");
  const units: Array<{ id: number; code: string; name: string; kind: string; parent_id: number; position: number }> = [];
  const departments: number[] = [];
  const districts: Array<{ id: number; offices: number[]; communes: number[] }> = [];
  const nDepartments = n(20, 2);
  const nDistricts = n(10, 1);
  for (let i = 1; i <= nDepartments; i++) {
    units.push({ id: ++unitId, code: `gen.s${pad(i)}`, name: `Sở Thử nghiệm ${i}`, kind: "provincial-agency", parent_id: rootId, position: 200 + i });
    departments.push(unitId);
  }
  for (let d = 1; d <= nDistricts; d++) {
    const id = ++unitId;
    units.push({ id, code: `gen.d${pad(d)}`, name: `UBND huyện Thử Nghiệm ${d}`, kind: "district", parent_id: rootId, position: 300 + d });
    const district = { id, offices: [] as number[], communes: [] as number[] };
    for (let p = 1; p <= 12; p++) {
      units.push({ id: ++unitId, code: `gen.d${pad(d)}.p${pad(p)}`, name: p === 1 ? `Phòng Nội vụ huyện Thử Nghiệm ${d}` : `Phòng chuyên môn ${p} huyện Thử Nghiệm ${d}`, kind: "district-office", parent_id: id, position: p });
      district.offices.push(unitId);
    }
    for (let c = 1; c <= 49; c++) {
      units.push({ id: ++unitId, code: `gen.d${pad(d)}.x${pad(c)}`, name: `UBND xã Thử Nghiệm ${d}.${c}`, kind: "commune", parent_id: id, position: 100 + c });
      district.communes.push(unitId);
    }
    districts.push(district);
  }
  await insert("units", units);
  await bumpSequence("units");
  const allGen = units.map((u) => u.id);

  // Users: a shared hash for the generated crowd; the measured accounts get BENCH_PASSWORD.
  const crowdHash = await hashPassword(`crowd-${seed}`);
  const benchHash = await hashPassword(BENCH_PASSWORD);
  let userId = await maxId("users");
  const users: Record<string, unknown>[] = [];
  const roles: Record<string, unknown>[] = [];
  const usersOf = new Map<number, number[]>();
  const addUser = (username: string, fullName: string, unit: number, role: string, hash: string) => {
    users.push({ id: ++userId, username, full_name: fullName, unit_id: unit, password_hash: hash, created_at: new Date("2026-01-05T02:00:00Z"), notices_seen_at: new Date("2026-11-01T00:00:00Z") });
    roles.push({ user_id: userId, role });
    usersOf.set(unit, [...(usersOf.get(unit) ?? []), userId]);
    return userId;
  };
  const nUsers = n(1500, 100);
  for (let i = 0; i < nUsers; i++) {
    const unit = allGen[i % allGen.length]!;
    const kind = units.find((u) => u.id === unit)!.kind;
    const role = kind === "district" ? "lanh-dao" : i % 37 === 0 ? "noi-vu" : "don-vi";
    addUser(`gen.u${pad(i + 1, 5)}`, `Người dùng thử nghiệm ${i + 1}`, unit, role, crowdHash);
  }
  addUser(BENCH_USERS.districtLeader, "Lãnh đạo huyện Thử Nghiệm 1", districts[0]!.id, "lanh-dao", benchHash);
  addUser(BENCH_USERS.provinceViewer, "Cán bộ Sở Thử nghiệm cuối", departments[departments.length - 1]!, "don-vi", benchHash);
  addUser(BENCH_USERS.smallUnit, "Cán bộ xã Thử Nghiệm 1.1", districts[0]!.communes[0]!, "don-vi", benchHash);
  addUser(BENCH_USERS.bigUnit, "Cán bộ Sở Thử nghiệm 1", departments[0]!, "don-vi", benchHash);
  addUser(BENCH_USERS.homeAffairs, "Chuyên viên Sở Nội vụ (đo hiệu năng)", Number(snv!.id), "noi-vu", benchHash);
  await insert("users", users);
  await insert("user_roles", roles, false);
  await bumpSequence("users");
  const anyUser = () => Number((users[r.int(0, nUsers - 1)] as { id: number }).id);

  // Plans and their rows.
  let planId = await maxId("plans");
  let taskId = await maxId("tasks");
  const plans: Record<string, unknown>[] = [];
  const tasks: Record<string, unknown>[] = [];
  const taskUnits: Record<string, unknown>[] = [];
  const taskComponents: Record<string, unknown>[] = [];
  const updates: Record<string, unknown>[] = [];
  const evidence: Record<string, unknown>[] = [];
  const planUnits: Record<string, unknown>[] = [];
  let updateId = await maxId("task_updates");
  let evidenceId = await maxId("evidence");

  const addPlan = (code: string, issuer: number, year: number, kind: "improvement" | "scoring-cycle", rows: number, lead: () => number, coordinating: () => number[]) => {
    const id = ++planId;
    plans.push({
      id,
      code,
      number: `${100 + (id % 800)}/KH-UBND`,
      number_printed: `Số: ${100 + (id % 800)}/KH-UBND`,
      issued_on: `${year}-01-10`,
      date_printed: `ngày 10 tháng 01 năm ${year}`,
      issuer_unit_id: issuer,
      title: kind === "improvement" ? `Kế hoạch cải thiện, nâng cao Chỉ số CCHC năm ${year}` : `Kế hoạch đánh giá, xếp hạng Chỉ số CCHC năm ${year}`,
      kind,
      from_year: year,
      to_year: year,
      reporting_deadline: { kind: "date", date: `${year}-12-10`, startDate: null },
      reporting_deadline_text: `Trước ngày 10/12/${year}`,
      created_at: new Date(`${year}-01-10T02:00:00Z`),
    });
    if (kind === "scoring-cycle") planUnits.push({ plan_id: id, unit_id: issuer, role: "evaluated", position: 0 });
    let heading: number | null = null;
    let position = 0;
    for (let k = 0; k < rows; k++) {
      const tid = ++taskId;
      const isHeading = k % 20 === 0;
      const created = new Date(`${year}-01-15T02:00:00Z`);
      if (isHeading) {
        heading = tid;
        tasks.push({ id: tid, plan_id: id, parent_id: null, position: ++position, ordinal: String(Math.floor(k / 20) + 1), title: `Nhóm nhiệm vụ ${Math.floor(k / 20) + 1} về cải cách hành chính`, is_heading: true, deadline_kind: "none", deadline: { kind: "none" }, status: "chua-thuc-hien", progress: 0, version: 1, created_at: created, updated_at: created });
        continue;
      }
      // Closed years are mostly done; the open year is a mix.
      const x = r.next();
      const status: Status = year < 2026 ? (x < 0.7 ? "hoan-thanh" : x < 0.85 ? "hoan-thanh-cham" : x < 0.95 ? "dang-thuc-hien" : "khong-thuc-hien-duoc") : x < 0.25 ? "chua-thuc-hien" : x < 0.6 ? "dang-thuc-hien" : x < 0.85 ? "hoan-thanh" : x < 0.97 ? "hoan-thanh-cham" : "khong-thuc-hien-duoc";
      const progress = status === "chua-thuc-hien" ? 0 : status === "dang-thuc-hien" ? r.int(10, 90) : status === "khong-thuc-hien-duoc" ? r.int(0, 50) : 100;
      const dueDay = r.int(60, 330);
      const due = day(year, dueDay).toISOString().slice(0, 10);
      const kindX = r.next();
      const deadline = kindX < 0.6 ? { kind: "date", date: due, startDate: null } : kindX < 0.8 ? { kind: "yearly", month: 12, day: 20, yearOffset: 0 } : { kind: "period", period: "year", year: null, months: [] };
      const deadlineText = deadline.kind === "date" ? `Trước ngày ${due.slice(8)}/${due.slice(5, 7)}/${year}` : deadline.kind === "yearly" ? "Trước 20/12 hàng năm" : "Cả năm";
      // History: updates in the plan year, before the reporting date and before today.
      const nUpdates = r.int(0, 20);
      const last = Math.min(338, year === 2026 ? 330 : 338);
      const stamps = Array.from({ length: nUpdates }, () => r.int(20, last)).sort((a, b) => a - b);
      const progressIdx = stamps.map(() => r.next()).map((v) => (v < 0.6 ? "progress" : v < 0.8 ? "contribution" : v < 0.92 ? "direction" : "comment"));
      const progressCount = progressIdx.filter((k2) => k2 === "progress").length;
      // A task that moved has at least one progress update to rest its status on.
      if (status !== "chua-thuc-hien" && progressCount === 0) {
        stamps.push(last);
        progressIdx.push("progress");
      }
      const lastProgressAt = stamps.length ? day(year, stamps[progressIdx.lastIndexOf("progress")] ?? last) : null;
      const leadUnit = lead();
      let version = 1;
      let seenProgress = 0;
      const totalProgress = progressIdx.filter((k2) => k2 === "progress").length;
      stamps.forEach((st, i) => {
        const kind = progressIdx[i]!;
        version++;
        let upStatus: Status | null = null;
        let upProgress: number | null = null;
        if (kind === "progress") {
          seenProgress++;
          const final = seenProgress === totalProgress;
          upStatus = final ? status : "dang-thuc-hien";
          upProgress = final ? progress : Math.min(progress, Math.round((progress * seenProgress) / (totalProgress + 1)));
        }
        updates.push({
          id: ++updateId,
          task_id: tid,
          kind,
          unit_id: kind === "direction" || kind === "comment" ? issuer : leadUnit,
          user_id: (usersOf.get(kind === "direction" ? issuer : leadUnit) ?? [anyUser()])[0] ?? anyUser(),
          status: upStatus,
          progress: upProgress,
          report: kind === "direction" ? "Đề nghị khẩn trương hoàn thành, báo cáo kết quả." : `Báo cáo tiến độ lần ${i + 1}: đã triển khai các nội dung theo kế hoạch.`,
          reason: upStatus === "khong-thuc-hien-duoc" ? "Chưa bố trí được kinh phí." : null,
          task_version: version,
          created_at: day(year, st),
        });
      });
      const nEvidence = r.int(0, 5);
      for (let e = 0; e < nEvidence; e++) {
        evidence.push({ id: ++evidenceId, kind: "document", task_id: tid, doc_number: `${r.int(1, 999)}/BC-${tid}`, doc_date: day(year, r.int(20, last)).toISOString().slice(0, 10), doc_issuer: "UBND", title: "Báo cáo kết quả thực hiện", unit_id: leadUnit, added_by: anyUser(), added_at: day(year, r.int(20, last)) });
      }
      tasks.push({
        id: tid,
        plan_id: id,
        parent_id: heading,
        position: ++position,
        ordinal: `${Math.floor(k / 20) + 1}.${k % 20}`,
        title: `Nhiệm vụ thử nghiệm ${k} của kế hoạch ${code}: nâng cao chất lượng cải cách hành chính`,
        content: "Tổ chức triển khai, kiểm tra, đôn đốc việc thực hiện.",
        is_heading: false,
        deadline_text: deadlineText,
        deadline_kind: deadline.kind,
        deadline,
        evidence_required: k % 3 === 0 ? "Báo cáo kết quả thực hiện" : null,
        status,
        status_reason: status === "khong-thuc-hien-duoc" ? "Chưa bố trí được kinh phí." : null,
        progress,
        completed_on: status === "hoan-thanh" || status === "hoan-thanh-cham" ? lastProgressAt : null,
        version,
        created_at: created,
        updated_at: lastProgressAt ?? created,
      });
      taskUnits.push({ task_id: tid, unit_id: leadUnit, role: "lead", position: 0 });
      [...new Set(coordinating())].filter((u) => u !== leadUnit).forEach((u, i) => taskUnits.push({ task_id: tid, unit_id: u, role: "coordinating", position: i + 1 }));
      const comps = new Set([r.pick(TASK_COMPONENTS), ...(r.next() < 0.3 ? [r.pick(TASK_COMPONENTS)] : [])]);
      for (const c of comps) taskComponents.push({ task_id: tid, component_key: c });
    }
  };

  const dept = () => departments[r.zipf(departments.length)]!;
  for (let year = 2012; year <= 2026; year++) {
    addPlan(`gen-kh-lai-chau-${year}`, rootId, year, "improvement", year === 2026 ? n(2000, 20) : n(300, 5), () => (r.next() < 0.1 ? r.pick(districts).id : dept()), () => Array.from({ length: r.int(0, 2) }, () => r.pick(departments)));
    addPlan(`gen-dg-lai-chau-${year}`, rootId, year, "scoring-cycle", n(40, 3), dept, () => [Number(snv!.id)]);
    for (const [d, district] of districts.entries()) {
      addPlan(`gen-kh-gen-d${pad(d + 1)}-${year}`, district.id, year, "improvement", year === 2026 ? n(300, 10) : n(60, 3), () => district.offices[r.zipf(district.offices.length)]!, () => [r.pick(district.communes), ...(r.next() < 0.3 ? [r.pick(district.offices)] : [])]);
    }
  }
  for (const [i, s] of departments.entries()) {
    for (let year = 2021; year <= 2026; year++) addPlan(`gen-kh-gen-s${pad(i + 1)}-${year}`, s, year, "improvement", n(15, 3), () => s, () => []);
  }
  await insert("plans", plans);
  await bumpSequence("plans");
  await insert("plan_units", planUnits, false);
  await insert("tasks", tasks);
  await bumpSequence("tasks");
  await insert("task_units", taskUnits, false);
  await insert("task_components", taskComponents, false);
  await insert("task_updates", updates);
  await bumpSequence("task_updates");
  await insert("evidence", evidence);
  await bumpSequence("evidence");

  // Results 2011-2025 and targets 2012-2026 for every generated unit and component.
  const results: Record<string, unknown>[] = [];
  const targets: Record<string, unknown>[] = [];
  const targetUnits: Record<string, unknown>[] = [];
  let resultId = await maxId("results");
  let targetId = await maxId("targets");
  for (const u of allGen) {
    for (let year = 2011; year <= 2026; year++) {
      for (const c of COMPONENTS) {
        const pct = Math.round((55 + r.next() * 40) * 100) / 100;
        if (year <= 2025) results.push({ id: ++resultId, unit_id: u, year, component_key: c, percent: pct, source: "published", printed: `${pct}%` });
        if (year >= 2012) {
          const goal = Math.round((60 + r.next() * 30) * 100) / 100;
          targets.push({ id: ++targetId, unit_id: u, year, component_key: c, label: `Chỉ số ${c} năm ${year}`, score_op: "gte", score_value: goal, score_unit: "percent", printed: `Đạt từ ${goal}% trở lên` });
          targetUnits.push({ target_id: targetId, unit_id: u, position: 0 });
        }
      }
    }
  }
  // The province root too, so that its dashboard opens on 2026 and the 2 000-row plan (the seed
  // has a few of its years; those stay as they are).
  const rootHas = new Set((await sql`select year, component_key from results where unit_id = ${rootId}`).map((x) => `${x.year}|${x.component_key}`));
  for (let year = 2011; year <= 2025; year++) {
    for (const c of COMPONENTS) {
      if (rootHas.has(`${year}|${c}`)) continue;
      const pct = Math.round((60 + r.next() * 30) * 100) / 100;
      results.push({ id: ++resultId, unit_id: rootId, year, component_key: c, percent: pct, source: "published", printed: `${pct}%` });
    }
  }
  for (const c of COMPONENTS) {
    const goal = Math.round((70 + r.next() * 20) * 100) / 100;
    targets.push({ id: ++targetId, unit_id: rootId, year: 2026, component_key: c, label: `Chỉ số ${c} năm 2026`, score_op: "gte", score_value: goal, score_unit: "percent", printed: `Đạt từ ${goal}% trở lên` });
    targetUnits.push({ target_id: targetId, unit_id: rootId, position: 0 });
  }
  await insert("results", results);
  await bumpSequence("results");
  await insert("targets", targets);
  await bumpSequence("targets");
  await insert("target_units", targetUnits, false);
  await sql.unsafe("vacuum analyze");
  await sql.end({ timeout: 5 });
  const stats: GenerateStats = {
    units: units.length,
    plans: plans.length,
    taskRows: tasks.length,
    taskUnits: taskUnits.length,
    updates: updates.length,
    evidence: evidence.length,
    results: results.length,
    targets: targets.length,
    users: users.length,
    ms: Math.round(performance.now() - t0),
  };
  log(`generated (scale ${scale}, seed ${seed}): ${JSON.stringify(stats)}`);
  return stats;
}

export { TODAY as BENCH_TODAY };
