import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/client";
import * as s from "../db/schema";
import { createTestDb } from "../server/testing/db";
import { loadSeeds, type SeedReport } from "./load";

let h: DbHandle;
let first: SeedReport;

beforeAll(async () => {
  h = await createTestDb();
  first = await loadSeeds(h.db);
});
afterAll(async () => {
  await h?.close();
});

async function unitId(code: string): Promise<number> {
  const [u] = await h.db.select({ id: s.units.id }).from(s.units).where(eq(s.units.code, code));
  if (!u) throw new Error(`no unit ${code}`);
  return u.id;
}

async function childrenNames(code: string, kind: (typeof s.unitKind.enumValues)[number]): Promise<string[]> {
  const parent = await unitId(code);
  const rows = await h.db
    .select({ name: s.units.name })
    .from(s.units)
    .where(and(eq(s.units.parentId, parent), eq(s.units.kind, kind)))
    .orderBy(asc(s.units.position));
  return rows.map((r) => r.name);
}

async function results(code: string) {
  return h.db
    .select({
      year: s.results.year,
      component: s.results.componentKey,
      points: s.results.points,
      percent: s.results.percent,
      rank: s.results.rank,
      rankOf: s.results.rankOf,
    })
    .from(s.results)
    .where(eq(s.results.unitId, await unitId(code)))
    .orderBy(asc(s.results.year), asc(s.results.componentKey));
}

describe("units, as the documents name them", () => {
  it("Tam Đường has the six offices and fourteen communes", async () => {
    expect(await childrenNames("lai-chau.tam-duong", "district-office")).toEqual([
      "Phòng Nội vụ",
      "Văn phòng HĐND và UBND huyện",
      "Phòng Tư pháp",
      "Phòng Tài chính - Kế hoạch",
      "Phòng Văn hóa và Thông tin",
      "Phòng Kinh tế và Hạ tầng",
    ]);
    const communes = await childrenNames("lai-chau.tam-duong", "commune");
    expect(communes.map((n) => n.replace(/^UBND (xã|thị trấn) /, ""))).toEqual([
      "Tam Đường",
      "Bản Bo",
      "Bản Giang",
      "Bản Hon",
      "Bình Lư",
      "Giang Ma",
      "Hồ Thầu",
      "Khun Há",
      "Nà Tăm",
      "Nùng Nàng",
      "Sơn Bình",
      "Sùng Phài",
      "Tả Lèng",
      "Thèn Sin",
    ]);
  });

  it("Quảng Nam has 20 provincial agencies, 18 localities and 5 vertical agencies", async () => {
    expect(await childrenNames("quang-nam", "provincial-agency")).toHaveLength(20);
    const localities = await childrenNames("quang-nam", "district");
    expect(localities.map((n) => n.replace(/^UBND (thành phố|thị xã|huyện) /, ""))).toEqual([
      "Tam Kỳ",
      "Hội An",
      "Điện Bàn",
      "Đại Lộc",
      "Duy Xuyên",
      "Quế Sơn",
      "Nông Sơn",
      "Thăng Bình",
      "Hiệp Đức",
      "Tiên Phước",
      "Phú Ninh",
      "Núi Thành",
      "Bắc Trà My",
      "Nam Trà My",
      "Phước Sơn",
      "Nam Giang",
      "Đông Giang",
      "Tây Giang",
    ]);
    expect(await childrenNames("quang-nam", "vertical-agency")).toEqual([
      "Cục Thuế",
      "Cục Hải quan",
      "Công an tỉnh",
      "Bảo hiểm Xã hội tỉnh",
      "Kho bạc Nhà nước tỉnh",
    ]);
  });

  it("Lai Châu's agencies named in its plans are there", async () => {
    const names = await childrenNames("lai-chau", "provincial-agency");
    for (const n of ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"]) {
      expect(names).toContain(n);
    }
  });
});

describe("results and targets, figure by figure", () => {
  it("Lai Châu's PAR INDEX 2012-2015 in points, rank of 63", async () => {
    expect(await results("lai-chau")).toEqual([
      { year: 2012, component: "tong", points: 66.46, percent: null, rank: 59, rankOf: 63 },
      { year: 2013, component: "tong", points: 63.17, percent: null, rank: 62, rankOf: 63 },
      { year: 2014, component: "tong", points: 76.75, percent: null, rank: 52, rankOf: 63 },
      { year: 2015, component: "tong", points: 79.12, percent: null, rank: 58, rankOf: 63 },
    ]);
  });

  it("Lai Châu's goal for 2017-2020: each year higher than the year before", async () => {
    const rows = await h.db
      .select({ year: s.targets.year, op: s.targets.scoreOp, component: s.targets.componentKey })
      .from(s.targets)
      .where(eq(s.targets.unitId, await unitId("lai-chau")))
      .orderBy(asc(s.targets.year));
    expect(rows).toEqual([2017, 2018, 2019, 2020].map((year) => ({ year, op: "gt-previous-year", component: "tong" })));
  });

  it("Tam Đường's 2023 component table: score and rank per component, SIPAS and total", async () => {
    const byKey = Object.fromEntries((await results("lai-chau.tam-duong")).map((r) => [r.component, [r.percent, r.rank]]));
    expect(byKey).toEqual({
      "chi-dao-dieu-hanh": [70.52, 4],
      "the-che": [100, 1],
      "thu-tuc-hanh-chinh": [99.85, 1],
      "to-chuc-bo-may": [98.8, 4],
      "cong-vu": [68.75, 3],
      "tai-chinh-cong": [36.3, 7],
      "chinh-quyen-so": [86.96, 5],
      "tac-dong": [50, 2],
      sipas: [74.4, 4],
      tong: [76.17, 4],
    });
  });

  it("Tam Đường's 2024 targets keep 'Trên 75%' strict, the target rank and the responsible units", async () => {
    const rows = await h.db
      .select({
        id: s.targets.id,
        component: s.targets.componentKey,
        label: s.targets.label,
        printed: s.targets.printed,
        op: s.targets.scoreOp,
        value: s.targets.scoreValue,
        rankOp: s.targets.rankOp,
        rank: s.targets.rankValue,
      })
      .from(s.targets)
      .where(and(eq(s.targets.unitId, await unitId("lai-chau.tam-duong")), eq(s.targets.year, 2024)));
    const table = Object.fromEntries(
      rows.filter((r) => r.label !== "Mục tiêu chung").map((r) => [r.component, [r.printed, r.op, r.value, r.rank]]),
    );
    expect(table).toEqual({
      "chi-dao-dieu-hanh": ["Trên 75%", "gt", 75, 3],
      "the-che": ["100%", "eq", 100, 1],
      "thu-tuc-hanh-chinh": ["Trên 99%", "gt", 99, 1],
      "to-chuc-bo-may": ["Trên 98%", "gt", 98, 2],
      "cong-vu": ["Trên 75%", "gt", 75, 2],
      "tai-chinh-cong": ["Trên 50%", "gt", 50, 4],
      "chinh-quyen-so": ["Trên 90%", "gt", 90, 2],
      "tac-dong": ["Trên 70%", "gt", 70, 2],
      sipas: ["Trên 80%", "gt", 80, 2],
      tong: ["Trên 80%", "gt", 80, 2],
    });
    const general = rows.find((r) => r.label === "Mục tiêu chung");
    expect(general).toMatchObject({ component: "tong", op: "gte", value: 80, rankOp: "top-group", rank: null });

    const finance = rows.find((r) => r.component === "tai-chinh-cong")!;
    const responsible = await h.db
      .select({ name: s.units.name })
      .from(s.targetUnits)
      .innerJoin(s.units, eq(s.units.id, s.targetUnits.unitId))
      .where(eq(s.targetUnits.targetId, finance.id));
    expect(responsible.map((r) => r.name)).toEqual(["Phòng Tài chính - Kế hoạch"]);
  });
});

async function planTasks(code: string) {
  const [plan] = await h.db.select().from(s.plans).where(eq(s.plans.code, code));
  if (!plan) throw new Error(`no plan ${code}`);
  const tasks = await h.db
    .select({
      id: s.tasks.id,
      ordinal: s.tasks.ordinal,
      title: s.tasks.title,
      isHeading: s.tasks.isHeading,
      deadlineText: s.tasks.deadlineText,
      deadline: s.tasks.deadline,
      evidence: s.tasks.evidenceRequired,
      phase: s.tasks.phase,
      parentId: s.tasks.parentId,
    })
    .from(s.tasks)
    .where(eq(s.tasks.planId, plan.id))
    .orderBy(asc(s.tasks.id));
  const leads = await h.db
    .select({ taskId: s.taskUnits.taskId, name: s.units.name, role: s.taskUnits.role })
    .from(s.taskUnits)
    .innerJoin(s.tasks, eq(s.tasks.id, s.taskUnits.taskId))
    .innerJoin(s.units, eq(s.units.id, s.taskUnits.unitId))
    .where(eq(s.tasks.planId, plan.id))
    .orderBy(asc(s.taskUnits.position));
  const lead = (taskId: number) => leads.filter((l) => l.taskId === taskId && l.role === "lead").map((l) => l.name);
  return { plan, tasks, lead };
}

describe("plans and their task tables", () => {
  it("all five plans are there with number, date and issuer as printed", async () => {
    const rows = await h.db
      .select({ code: s.plans.code, number: s.plans.number, issuedOn: s.plans.issuedOn, kind: s.plans.kind, issuer: s.units.code })
      .from(s.plans)
      .innerJoin(s.units, eq(s.units.id, s.plans.issuerUnitId))
      .orderBy(asc(s.plans.code));
    expect(rows).toEqual([
      { code: "lai-chau-447-2017", number: "447/KH-UBND", issuedOn: "2017-04-18", kind: "improvement", issuer: "lai-chau" },
      { code: "lai-chau-cycle-2023", number: null, issuedOn: null, kind: "scoring-cycle", issuer: "lai-chau" },
      { code: "quang-nam-5484-2023", number: "5484/KH-UBND", issuedOn: "2023-08-16", kind: "scoring-cycle", issuer: "quang-nam" },
      { code: "tam-duong-par-2024", number: null, issuedOn: null, kind: "improvement", issuer: "lai-chau.tam-duong" },
      { code: "tam-duong-xa-cycle-2024", number: null, issuedOn: null, kind: "scoring-cycle", issuer: "lai-chau.tam-duong" },
    ]);
  });

  it("447/KH-UBND: the appendix tasks keep their lead, deadline kind and evidence", async () => {
    const { tasks, lead } = await planTasks("lai-chau-447-2017");
    const appendix = tasks.find((t) => t.title === "PHỤ BIỂU CÁC NHIỆM VỤ CỤ THỂ")!;
    const sectionIds = new Set(tasks.filter((t) => t.parentId === appendix.id).map((t) => t.id));
    const under = (ids: Set<number>): number[] => {
      const next = tasks.filter((t) => t.parentId !== null && ids.has(t.parentId)).map((t) => t.id);
      return next.length ? [...next, ...under(new Set(next))] : [];
    };
    const appendixTasks = tasks.filter((t) => under(sectionIds).includes(t.id) && !t.isHeading);
    expect(appendixTasks).toHaveLength(50);
    expect(appendixTasks.every((t) => lead(t.id).length > 0 || t.title.length > 0)).toBe(true);

    const inspection = tasks.find((t) => t.title.startsWith("Kiểm tra công tác CCHC"))!;
    expect(lead(inspection.id)).toEqual(["Sở Nội vụ"]);
    expect(inspection.deadline).toEqual({ kind: "yearly", month: 12, day: 20, yearOffset: 0 });
    expect(inspection.evidence).toBe("Kế hoạch kiểm tra, biên bản kiểm tra, báo cáo kết quả kiểm tra");

    const yearly = tasks.find((t) => t.title.startsWith("Kế hoạch CCHC: Tham mưu"))!;
    expect(yearly.deadline).toEqual({ kind: "yearly", month: 12, day: 31, yearOffset: -1 });
    const rule = tasks.find((t) => t.deadlineText === "Theo quy định của Bộ Tư pháp")!;
    expect(rule.deadline).toEqual({ kind: "rule", authority: "Bộ Tư pháp" });
  });

  it("447/KH-UBND: numeric targets inside tasks are kept", async () => {
    const rows = await h.db
      .select({ op: s.taskNumericTargets.op, value: s.taskNumericTargets.value, year: s.taskNumericTargets.year, printed: s.taskNumericTargets.printed })
      .from(s.taskNumericTargets)
      .innerJoin(s.tasks, eq(s.tasks.id, s.taskNumericTargets.taskId))
      .innerJoin(s.plans, eq(s.plans.id, s.tasks.planId))
      .where(eq(s.plans.code, "lai-chau-447-2017"));
    const has = (op: string, value: number, year: number | null = null) =>
      rows.some((r) => r.op === op && r.value === value && (year === null || r.year === year));
    expect(has("gte", 30)).toBe(true); // ≥ 30 % of agencies inspected
    expect(has("gt", 40)).toBe(true); // level-3 online files > 40 %
    expect(has("eq", 70, 2017)).toBe(true); // ISO 70 % in 2017
    expect(has("eq", 100, 2020)).toBe(true); // ISO 100 % by 2020
    expect(has("gte", 80)).toBe(true); // ≥ 80 % satisfied
  });

  it("Tam Đường's plan: seven tasks, all year long, with their lead units", async () => {
    const { plan, tasks, lead } = await planTasks("tam-duong-par-2024");
    expect(plan.reportingDeadline).toEqual({ kind: "date", date: "2024-12-10", startDate: null });
    const section = tasks.find((t) => t.title === "CHỈ SỐ PAR INDEX")!;
    const rows = tasks.filter((t) => t.parentId === section.id);
    expect(rows.map((t) => t.ordinal)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(rows.every((t) => t.deadlineText === "Cả năm" && t.deadline.kind === "period")).toBe(true);
    expect(rows.map((t) => lead(t.id))).toEqual([
      ["Phòng Nội vụ"],
      ["Phòng Tư pháp"],
      ["Văn phòng HĐND và UBND huyện"],
      ["Phòng Nội vụ"],
      ["Phòng Tài chính - Kế hoạch"],
      ["Phòng Văn hóa và Thông tin", "Văn phòng HĐND và UBND huyện"],
      ["Phòng Tài chính - Kế hoạch"],
    ]);
  });

  it("Lai Châu's 2023 cycle: self-assessment 19/02-29/02/2024", async () => {
    const { tasks } = await planTasks("lai-chau-cycle-2023");
    const self = tasks.find((t) => t.phase === "self-assessment" && t.deadline.kind === "date")!;
    expect(self.deadline).toEqual({ kind: "date", date: "2024-02-29", startDate: "2024-02-19" });
  });

  it("the communes' 2024 cycle: deadlines from 15/12/2024 to 31/01/2025", async () => {
    const { tasks } = await planTasks("tam-duong-xa-cycle-2024");
    const dates = tasks.flatMap((t) => (t.deadline.kind === "date" ? [t.deadline.date] : []));
    expect(dates).toEqual(["2024-12-15", "2024-12-31", "2025-01-10", "2025-01-15", "2025-01-20", "2025-01-31"]);
  });

  it("Quảng Nam's survey design: form codes, groups and 30 + 40 + 36 = 106", async () => {
    const forms = await h.db
      .select({ code: s.surveyForms.code, method: s.surveyForms.method, planned: s.surveyForms.planned })
      .from(s.surveyForms)
      .orderBy(asc(s.surveyForms.position));
    expect(forms.filter((f) => f.method === "online").map((f) => f.code)).toEqual(["CC-CT", "CC-ND", "CC-CH", "LĐ-CP", "LĐX-CH"]);
    const direct = forms.filter((f) => f.method === "direct");
    expect(direct.map((f) => [f.code, f.planned])).toEqual([
      ["HĐ-CT", 30],
      ["LĐH-CH", 40],
      ["LĐS-CT", 36],
    ]);
    expect(direct.reduce((sum, f) => sum + (f.planned ?? 0), 0)).toBe(106);
    const [evaluated] = await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(s.planUnits)
      .where(eq(s.planUnits.role, "evaluated"));
    expect(evaluated!.n).toBe(43 + 14);
  });
});

describe("loading twice", () => {
  it("the first load reports what it inserted", () => {
    expect(first.plans).toBe(5);
    expect(first.results).toBe(14);
  });

  it("changes nothing the second time", async () => {
    const tables = [
      s.units,
      s.components,
      s.frameworks,
      s.frameworkComponents,
      s.results,
      s.targets,
      s.targetUnits,
      s.plans,
      s.planUnits,
      s.surveyForms,
      s.tasks,
      s.taskUnits,
      s.taskComponents,
      s.taskNumericTargets,
      s.auditLog,
    ];
    const count = async () =>
      Promise.all(tables.map(async (t) => (await h.db.select({ n: sql<number>`count(*)::int` }).from(t))[0]!.n));
    const before = await count();
    const again = await loadSeeds(h.db);
    expect(again).toEqual({ units: 0, frameworks: 0, plans: 0, tasks: 0, results: 0, targets: 0 });
    expect(await count()).toEqual(before);
  });

  it("leaves a task a user has since updated as it is", async () => {
    const [task] = await h.db.select({ id: s.tasks.id }).from(s.tasks).where(eq(s.tasks.seedKey, "tam-duong-par-2024/2.1.5"));
    await h.db.update(s.tasks).set({ status: "dang-thuc-hien", progress: 40 }).where(eq(s.tasks.id, task!.id));
    await loadSeeds(h.db);
    const [after] = await h.db.select({ status: s.tasks.status, progress: s.tasks.progress }).from(s.tasks).where(eq(s.tasks.id, task!.id));
    expect(after).toEqual({ status: "dang-thuc-hien", progress: 40 });
  });
});
