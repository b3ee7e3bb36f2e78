import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { syncDemoAccounts } from "../auth/demo";
import { createTestDb } from "../testing/db";
import { loadActor, type SessionUser } from "./actor";
import { getDashboard } from "./dashboard";
import { countUnreadNotices, getNotices } from "./notices";
import { getRanking } from "./ranking";

let h: DbHandle;
let queries = 0;
const actors = new Map<string, SessionUser>();
const TODAY = "2026-11-22";

beforeAll(async () => {
  h = await createTestDb({ onQuery: () => queries++ });
  await loadSeeds(h.db);
  await syncDemoAccounts(h.db, true);
  for (const u of await h.db.select({ id: s.users.id, username: s.users.username }).from(s.users)) {
    actors.set(u.username, (await loadActor(h.db, u.id))!);
  }
});
afterAll(async () => {
  await h?.close();
});

describe("Tam Đường's dashboard for its leader", () => {
  it("opens on Tam Đường 2023 → 2024, judged as of the plan's reporting date", async () => {
    const d = await getDashboard(h.db, actors.get("lanhdao.tamduong")!, { today: TODAY });
    expect(d.unit.code).toBe("lai-chau.tam-duong");
    expect(d.year).toBe(2024);
    expect(d.asOf).toBe("2024-12-10");
    expect(d.asOfBasis).toBe("reporting-date");
    expect(d.components.map((c) => c.key)).toEqual([
      "chi-dao-dieu-hanh",
      "the-che",
      "thu-tuc-hanh-chinh",
      "to-chuc-bo-may",
      "cong-vu",
      "tai-chinh-cong",
      "chinh-quyen-so",
      "tac-dong",
      "sipas",
    ]);
    // No 2024 result yet: no verdict on the 2023 figure, but the distance from it, named by its year.
    expect(d.total).toMatchObject({
      last: { year: 2023, score: 76.17, rank: 4, rankOf: 8 },
      target: { printed: "Trên 80%" },
      gap: null,
      verdict: "no-data",
      judgement: { note: "Chưa có kết quả năm 2024", latestGap: 3.83, latestYear: 2023, basisYear: null },
    });
    expect(d.generalGoals.map((g) => g.printed)).toEqual(["Chỉ số PAR INDEX đạt từ 80% điểm trở lên"]);
  });

  it("the widest distances from 2023 are Tác động của CCHC and Cải cách tài chính công; nothing is judged before 2024's result", async () => {
    const d = await getDashboard(h.db, actors.get("lanhdao.tamduong")!, { today: TODAY });
    const widest = [...d.components].sort((a, b) => (b.judgement.latestGap ?? -99) - (a.judgement.latestGap ?? -99)).slice(0, 2);
    expect(widest.map((c) => [c.key, c.judgement.latestGap])).toEqual([
      ["tac-dong", 20],
      ["tai-chinh-cong", 13.7],
    ]);
    expect(d.components.every((c) => c.verdict === "no-data" || c.verdict === "no-target")).toBe(true);
    expect(d.components.find((c) => c.key === "the-che")).toMatchObject({ verdict: "no-data", judgement: { latestGap: 0 } });
    expect(d.components.find((c) => c.key === "tai-chinh-cong")!.target!.responsible).toEqual(["Phòng Tài chính - Kế hoạch"]);
    // Strict "Trên": 99,85 % is above "Trên 99%", a margin of 0,85 from the 2023 result.
    expect(d.components.find((c) => c.key === "thu-tuc-hanh-chinh")!.judgement.latestGap).toBe(-0.85);
  });

  it("lists the tasks behind each component and flags what lags, most severe first", async () => {
    const d = await getDashboard(h.db, actors.get("lanhdao.tamduong")!, { today: TODAY });
    const finance = d.components.find((c) => c.key === "tai-chinh-cong")!;
    expect(finance.tasks.map((t) => t.title)).toContain("Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách tài chính công");
    expect(finance.flags.map((f) => f.kind)).toEqual(expect.arrayContaining(["short-of-target-latest", "below-floor", "target-rank-missed"]));
    expect(d.flags[0]!.severity).toBe("high");
  });

  it("flags come one entry per component with all its reasons, the responsible unit and a link to its tasks", async () => {
    const d = await getDashboard(h.db, actors.get("lanhdao.tamduong")!, { today: TODAY });
    const keys = d.flagGroups.map((g) => g.componentKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(d.flagGroups.reduce((n, g) => n + g.flags.length, 0)).toBe(d.flags.length);
    const finance = d.flagGroups.find((g) => g.componentKey === "tai-chinh-cong")!;
    expect(finance.flags.length).toBeGreaterThanOrEqual(3);
    expect(finance.responsible).toEqual(["Phòng Tài chính - Kế hoạch"]);
    expect(finance.tasksHref).toMatch(/^\/ke-hoach\/[^?]+\?chisotp=tai-chinh-cong$/);
  });

  it("viewed a day after the reporting date, the unfinished year-long tasks are overdue", async () => {
    const d = await getDashboard(h.db, actors.get("lanhdao.tamduong")!, { today: TODAY, asOf: "2024-12-11" });
    const finance = d.components.find((c) => c.key === "tai-chinh-cong")!;
    expect(finance.overdue).toBeGreaterThan(0);
    expect(finance.flags.some((f) => f.kind === "tasks-overdue")).toBe(true);
  });

  it("comes from a handful of queries, not one per row", async () => {
    const before = queries;
    await getDashboard(h.db, actors.get("lanhdao.tamduong")!, { today: TODAY });
    expect(queries - before).toBeLessThanOrEqual(10);
  });
});

describe("Lai Châu's series for Sở Nội vụ", () => {
  it("shows 2012-2015 with the 2013 decline and the 2015 rank loss flagged", async () => {
    const d = await getDashboard(h.db, actors.get("snv.laichau")!, { today: TODAY });
    expect(d.unit.code).toBe("lai-chau");
    expect(d.series.map((p) => [p.year, p.score, p.rank, p.flags.map((f) => f.kind)])).toEqual([
      [2012, 66.46, 59, []],
      [2013, 63.17, 62, ["fell"]],
      [2014, 76.75, 52, []],
      [2015, 79.12, 58, ["rank-fell-score-rose"]],
    ]);
    expect(d.series[1]!.flags[0]!.reason).toContain("giảm 3,29 điểm");
    expect(d.series[3]!.flags[0]!.reason).toContain("tăng 2,37 nhưng thứ hạng giảm từ 52 xuống 58");
  });

  it.each([2017, 2018, 2019, 2020])("the %i goal 'năm sau cao hơn năm trước' is not judged on 2015 against 2014", async (year) => {
    const d = await getDashboard(h.db, actors.get("snv.laichau")!, { today: TODAY, year });
    expect(d.total).toMatchObject({
      target: { scoreOp: "gt-previous-year" },
      last: { year: 2015 },
      verdict: "no-data",
      judgement: { note: `Chưa có kết quả năm ${year}` },
    });
  });
});

describe("Lai Châu after its 2022 result is imported", () => {
  it("compares 2022 with 2015, the previous available year, naming the span and converting 79,12/100 to percent", async () => {
    const [laiChau] = await h.db.select({ id: s.units.id }).from(s.units).where(eq(s.units.code, "lai-chau"));
    await h.db.insert(s.results).values({ unitId: laiChau!.id, year: 2022, componentKey: "tong", percent: 86.29, rank: 24, rankOf: 63, source: "published" });
    const d = await getDashboard(h.db, actors.get("snv.laichau")!, { today: TODAY, year: 2022 });
    // No plan of Lai Châu covers 2022: the year is read to its end, not to a "reporting date".
    expect([d.asOf, d.asOfBasis]).toEqual(["2022-12-31", "year-end"]);
    expect(d.total).toMatchObject({ last: { year: 2022, score: 86.29, unit: "percent" }, previous: { year: 2015 } });
    expect(d.total!.change).toBe("+7,17 điểm so với năm 2015, cách 7 năm (quy đổi ra %)");
    const p2022 = d.series.find((p) => p.year === 2022)!;
    expect(p2022).toMatchObject({ percent: 86.29, change: "+7,17 điểm so với năm 2015, cách 7 năm (quy đổi ra %)", flags: [] });
    // 2012-2014 are points with no maximum printed: never drawn as percent.
    expect(d.series.filter((p) => p.percent === null).map((p) => p.year)).toEqual([2012, 2013, 2014]);
    await h.db.delete(s.results).where(eq(s.results.year, 2022));
  });
});

describe("scope", () => {
  it("Quảng Nam's officer may not open Tam Đường's dashboard", async () => {
    await expect(getDashboard(h.db, actors.get("snv.quangnam")!, { unitCode: "lai-chau.tam-duong", today: TODAY })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a department's user lands on its district's dashboard", async () => {
    const d = await getDashboard(h.db, actors.get("taichinh.tamduong")!, { today: TODAY });
    expect(d.unit.code).toBe("lai-chau.tam-duong");
  });
});

describe("ranking", () => {
  it("Tam Đường alone in its group keeps its published rank 4/8, not 'rank 1'", async () => {
    const r = await getRanking(h.db, actors.get("noivu.tamduong")!, { kind: "district", componentKey: "tong" });
    expect(r.group?.label).toBe("Các huyện, thị xã, thành phố của tỉnh Lai Châu");
    expect(r.ranking.orderedBy).toBe("published");
    expect(r.ranking.rows.map((x) => [x.item.name, x.published])).toEqual([["UBND huyện Tam Đường", { rank: 4, of: 8 }]]);
  });

  it("an administrator sees the districts of Lai Châu and of Quảng Nam as two peer groups, never one list", async () => {
    const r = await getRanking(h.db, actors.get("admin")!, { kind: "district", componentKey: "tong" });
    expect(r.groups.length).toBeGreaterThanOrEqual(2);
    const names = r.ranking.rows.map((x) => x.item.name);
    expect(names).toContain("UBND huyện Tam Đường");
    expect(names.some((n) => /Quảng Nam|Hội An|Tam Kỳ|Điện Bàn/.test(n))).toBe(false);
  });

  it("a year without data in the group falls back to the latest, saying so", async () => {
    const r = await getRanking(h.db, actors.get("noivu.tamduong")!, { kind: "district", componentKey: "tong", year: 2019 });
    expect(r.year).toBe(2023);
    expect(r.yearNotice).toBe("Năm 2019 chưa có số liệu của nhóm này; đang xem năm 2023.");
  });

  it("ranks districts by total, with the published rank and the change", async () => {
    // Add a second district's results so there is something to rank against.
    const [laiChau] = await h.db.select({ id: s.units.id }).from(s.units).where(eq(s.units.code, "lai-chau"));
    const [sinHo] = await h.db.insert(s.units).values({ code: "lai-chau.sin-ho", name: "UBND huyện Sìn Hồ", kind: "district", parentId: laiChau!.id }).returning({ id: s.units.id });
    await h.db.insert(s.results).values([
      { unitId: sinHo!.id, year: 2023, componentKey: "tong", percent: 76.17, rank: 5, rankOf: 8, source: "published" },
      { unitId: sinHo!.id, year: 2022, componentKey: "tong", percent: 70, rank: 6, rankOf: 8, source: "published" },
    ]);
    // The actor's scope is read at sign-in: read it again to see the new district.
    const snv = (await loadActor(h.db, actors.get("snv.laichau")!.userId))!;
    const r = await getRanking(h.db, snv, { kind: "district", componentKey: "tong" });
    expect(r.year).toBe(2023);
    expect(r.previousYear).toBe(2022);
    // Ordered by the published ranks even though the scores are equal; Sìn Hồ rose from 6 to 5 as published.
    expect(r.ranking.orderedBy).toBe("published");
    expect(r.ranking.rows.map((x) => [x.item.name, x.published?.rank, x.computed, x.change])).toEqual([
      ["UBND huyện Tam Đường", 4, { rank: 1, tied: true }, null],
      ["UBND huyện Sìn Hồ", 5, { rank: 1, tied: true }, 1],
    ]);
  });
});

describe("notices cover open plan years only", () => {
  it("on 20/11/2024 Sở Nội vụ is reminded of nothing from the 2017-2020 plan, closed since 25/12/2020", async () => {
    const n = await getNotices(h.db, actors.get("snv.laichau")!, "2024-11-20");
    const tasks = [...n.overdue, ...n.dueSoon];
    expect(tasks.every((t) => !t.yearClosed)).toBe(true);
    expect(tasks.some((t) => t.planCode === "lai-chau-447-2017")).toBe(false);
  });

  it("Phòng Tài chính - Kế hoạch Tam Đường is reminded of its 2024 tasks while 2024 is open, and of none once it closed", async () => {
    const open = await getNotices(h.db, actors.get("taichinh.tamduong")!, "2024-12-05");
    expect(open.dueSoon.length + open.overdue.length).toBeGreaterThan(0);
    const later = await getNotices(h.db, actors.get("taichinh.tamduong")!, TODAY);
    expect(later.dueSoon.length + later.overdue.length).toBe(0);
  });
});

describe("the bell's count", () => {
  it("equals the notices page's unread count for every account and date, in at most five statements (tree and settings included)", async () => {
    const dates = ["2024-11-20", "2024-12-05", "2024-12-20", TODAY];
    let nonZero = 0;
    for (const [username, actor] of actors) {
      for (const day of dates) {
        const full = await getNotices(h.db, actor, day);
        const before = queries;
        const count = await countUnreadNotices(h.db, actor, day);
        expect(queries - before, `${username} ${day}`).toBeLessThanOrEqual(5);
        expect(count, `${username} ${day}`).toBe(full.unread);
        if (count > 0) nonZero++;
      }
    }
    // The comparison means something only if some accounts have notices.
    expect(nonZero).toBeGreaterThan(0);
  });

  it("counts a leader's direction for the units of that task only, not for every unit with tasks", async () => {
    const taichinh = actors.get("taichinh.tamduong")!;
    const tuphap = actors.get("tuphap.tamduong")!;
    const leader = actors.get("lanhdao.tamduong")!;
    // A task Phòng Tài chính - Kế hoạch works on and Phòng Tư pháp does not.
    const tuphapTasks = new Set((await h.db.select({ taskId: s.taskUnits.taskId }).from(s.taskUnits).where(eq(s.taskUnits.unitId, tuphap.unitId))).map((r) => r.taskId));
    const own = (await h.db.select({ taskId: s.taskUnits.taskId }).from(s.taskUnits).where(eq(s.taskUnits.unitId, taichinh.unitId))).find((r) => !tuphapTasks.has(r.taskId));
    expect(own).toBeDefined();
    expect(tuphapTasks.size).toBeGreaterThan(0);
    const [task] = await h.db.select({ version: s.tasks.version }).from(s.tasks).where(eq(s.tasks.id, own!.taskId));
    const before = { taichinh: await countUnreadNotices(h.db, taichinh, TODAY), tuphap: await countUnreadNotices(h.db, tuphap, TODAY) };
    await h.db.insert(s.taskUpdates).values({ taskId: own!.taskId, kind: "direction", unitId: leader.unitId, userId: leader.userId, report: "Khẩn trương hoàn thành.", taskVersion: task!.version });
    expect(await countUnreadNotices(h.db, taichinh, TODAY)).toBe(before.taichinh + 1);
    expect(await countUnreadNotices(h.db, tuphap, TODAY)).toBe(before.tuphap);
    expect(await countUnreadNotices(h.db, taichinh, TODAY)).toBe((await getNotices(h.db, taichinh, TODAY)).unread);
  });
});
