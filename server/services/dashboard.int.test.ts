import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { syncDemoAccounts } from "../auth/demo";
import { createTestDb } from "../testing/db";
import { loadActor, type SessionUser } from "./actor";
import { getDashboard } from "./dashboard";
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
    expect(d.total).toMatchObject({ last: { year: 2023, score: 76.17, rank: 4 }, target: { printed: "Trên 80%" }, gap: 3.83, verdict: "not-met" });
    expect(d.generalGoals.map((g) => g.printed)).toEqual(["Chỉ số PAR INDEX đạt từ 80% điểm trở lên"]);
  });

  it("the widest gaps are Tác động của CCHC and Cải cách tài chính công; Cải cách thể chế already meets its target", async () => {
    const d = await getDashboard(h.db, actors.get("lanhdao.tamduong")!, { today: TODAY });
    const widest = [...d.components].sort((a, b) => (b.gap ?? -99) - (a.gap ?? -99)).slice(0, 2);
    expect(widest.map((c) => [c.key, c.gap])).toEqual([
      ["tac-dong", 20],
      ["tai-chinh-cong", 13.7],
    ]);
    expect(d.components.find((c) => c.key === "the-che")).toMatchObject({ verdict: "met", gap: 0 });
    expect(d.components.find((c) => c.key === "tai-chinh-cong")!.target!.responsible).toEqual(["Phòng Tài chính - Kế hoạch"]);
    // Strict "Trên": 99,85 % is above "Trên 99%".
    expect(d.components.find((c) => c.key === "thu-tuc-hanh-chinh")!.scoreVerdict).toBe("met");
  });

  it("lists the tasks behind each component and flags what lags, most severe first", async () => {
    const d = await getDashboard(h.db, actors.get("lanhdao.tamduong")!, { today: TODAY });
    const finance = d.components.find((c) => c.key === "tai-chinh-cong")!;
    expect(finance.tasks.map((t) => t.title)).toContain("Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách tài chính công");
    expect(finance.flags.map((f) => f.kind)).toEqual(expect.arrayContaining(["below-target", "below-floor", "target-rank-missed"]));
    expect(d.flags[0]!.severity).toBe("high");
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

  it("a 2018 view compares with the goal 'higher than the year before' and has no data to judge", async () => {
    const d = await getDashboard(h.db, actors.get("snv.laichau")!, { today: TODAY, year: 2018 });
    expect(d.total).toMatchObject({ target: { scoreOp: "gt-previous-year" }, last: { year: 2015 } });
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
  it("ranks districts by total, with the published rank and the change", async () => {
    // Add a second district's results so there is something to rank against.
    const [laiChau] = await h.db.select({ id: s.units.id }).from(s.units).where(eq(s.units.code, "lai-chau"));
    const [sinHo] = await h.db.insert(s.units).values({ code: "lai-chau.sin-ho", name: "UBND huyện Sìn Hồ", kind: "district", parentId: laiChau!.id }).returning({ id: s.units.id });
    await h.db.insert(s.results).values([
      { unitId: sinHo!.id, year: 2023, componentKey: "tong", percent: 76.17, rank: 4, source: "published" },
      { unitId: sinHo!.id, year: 2022, componentKey: "tong", percent: 70, rank: 6, source: "published" },
    ]);
    // The actor's scope is read at sign-in: read it again to see the new district.
    const snv = (await loadActor(h.db, actors.get("snv.laichau")!.userId))!;
    const r = await getRanking(h.db, snv, { kind: "district", componentKey: "tong", fallbackYear: 2026 });
    expect(r.year).toBe(2023);
    // Equal scores share rank 1 (ties keep the units' own order); Sìn Hồ rose from 6 to 4 as published.
    expect(r.rows.map((x) => [x.unitName, x.rank, x.tied, x.change]).sort()).toEqual([
      ["UBND huyện Sìn Hồ", 1, true, 2],
      ["UBND huyện Tam Đường", 1, true, null],
    ]);
  });
});
