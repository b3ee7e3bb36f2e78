import { describe, expect, it } from "vitest";
import { decidingUpdates, endOfVietnamDay, taskAsOf, taskExistsFrom, vietnamDay, type EvidenceFact, type TaskFacts, type TaskUpdateFact } from "./task-as-of";
import type { TaskStatus } from "./task-state";

/** An instant written as Vietnamese wall-clock time, "2024-07-01 08:30". */
const vn = (wall: string) => new Date(`${wall.replace(" ", "T")}:00+07:00`);

type Update = TaskUpdateFact & { unitName: string; report: string | null };
let nextId = 1;
function upd(
  at: string,
  kind: TaskUpdateFact["kind"],
  status: TaskStatus | null = null,
  progress: number | null = null,
  extra: { reason?: string; report?: string; unitName?: string; id?: number } = {},
): Update {
  return {
    id: extra.id ?? nextId++,
    kind,
    status,
    progress,
    reason: extra.reason ?? null,
    report: extra.report ?? null,
    unitName: extra.unitName ?? "Phòng Tài chính - Kế hoạch",
    createdAt: vn(at),
  };
}
const ev = (at: string, id = nextId++): EvidenceFact & { title: string } => ({ id, addedAt: vn(at), title: `TL ${id}` });

const task: TaskFacts = { createdAt: vn("2024-01-15 09:00") };

describe("endOfVietnamDay / vietnamDay", () => {
  it.each([
    ["2024-12-10", "2024-12-10T16:59:59.999Z"],
    ["2024-02-29", "2024-02-29T16:59:59.999Z"],
  ])("%s ends at %s UTC", (day, iso) => expect(endOfVietnamDay(day).toISOString()).toBe(iso));

  it.each([
    ["late evening UTC is the next day in Vietnam", new Date("2024-12-10T17:30:00Z"), "2024-12-11"],
    ["early morning UTC is the same day", new Date("2024-12-10T01:00:00Z"), "2024-12-10"],
  ])("%s", (_n, at, day) => expect(vietnamDay(at)).toBe(day));

  it("refuses something that is not a day", () => expect(() => endOfVietnamDay("10/12/2024")).toThrow());
});

describe("taskAsOf: status, progress and completion as they stood", () => {
  const history = [
    upd("2024-03-01 10:00", "progress", "dang-thuc-hien", 20, { report: "Đã xây dựng dự thảo" }),
    upd("2024-06-30 16:00", "contribution", null, null, { report: "Phối hợp rà soát", unitName: "Phòng Nội vụ" }),
    upd("2024-07-01 23:59", "progress", "dang-thuc-hien", 60, { report: "Trình UBND huyện" }),
    upd("2024-07-02 00:01", "direction", null, null, { report: "Khẩn trương hoàn thành" }),
    upd("2024-11-20 08:00", "progress", "hoan-thanh", 100, { report: "Đã ban hành" }),
  ];

  it.each<[string, string, TaskStatus, number, string | null, string | null, number]>([
    // name, asOf, status, progress, completedOnDay, last report, updates shown
    ["before any update: chưa thực hiện at 0 %", "2024-02-29", "chua-thuc-hien", 0, null, null, 0],
    ["the day of the first update counts it", "2024-03-01", "dang-thuc-hien", 20, null, "Đã xây dựng dự thảo", 1],
    ["a contribution is the last report but moves nothing", "2024-06-30", "dang-thuc-hien", 20, null, "Phối hợp rà soát", 2],
    ["an update at 23:59 Vietnam time belongs to that day", "2024-07-01", "dang-thuc-hien", 60, null, "Trình UBND huyện", 3],
    ["a direction carries no status and is no report", "2024-07-02", "dang-thuc-hien", 60, null, "Trình UBND huyện", 4],
    ["done on the day it was marked done", "2024-11-20", "hoan-thanh", 100, "2024-11-20", "Đã ban hành", 5],
    ["long after: as the row stands today", "2026-12-03", "hoan-thanh", 100, "2024-11-20", "Đã ban hành", 5],
  ])("%s", (_name, asOf, status, progress, completedOnDay, lastReport, shown) => {
    const r = taskAsOf(task, history, [], asOf)!;
    expect(r).toMatchObject({ asOf, status, progress, completedOnDay });
    expect(r.lastUpdate?.report ?? null).toBe(lastReport);
    expect(r.updates).toHaveLength(shown);
    expect(r.filedAfter.updates).toBe(history.length - shown);
  });

  it("keeps the richer rows passed in (unit of the last update)", () => {
    expect(taskAsOf(task, history, [], "2024-06-30")!.lastUpdate?.unitName).toBe("Phòng Nội vụ");
  });

  it("a task created after the viewing date does not exist at that date", () => {
    expect(taskAsOf({ createdAt: vn("2024-07-02 00:00") }, [], [], "2024-07-01")).toBeNull();
    expect(taskAsOf({ createdAt: vn("2024-07-01 23:59") }, [], [], "2024-07-01")).toMatchObject({ status: "chua-thuc-hien", progress: 0 });
  });

  it("several updates the same day apply in time order, whatever order they arrive in", () => {
    const a = upd("2024-05-05 08:00", "progress", "dang-thuc-hien", 30);
    const b = upd("2024-05-05 15:00", "progress", "dang-thuc-hien", 50);
    const c = upd("2024-05-05 15:00", "progress", "dang-thuc-hien", 55); // same instant: written after b
    for (const order of [[a, b, c], [c, b, a], [b, c, a]]) {
      expect(taskAsOf(task, order, [], "2024-05-05")).toMatchObject({ progress: 55, lastUpdate: c });
    }
    // The list is cut, not re-sorted: a page's own order (newest first) survives.
    expect(taskAsOf(task, [c, b, a], [], "2024-05-05")!.updates).toEqual([c, b, a]);
  });

  it("an update without status or progress keeps the previous values", () => {
    const r = taskAsOf(
      task,
      [upd("2024-04-01 08:00", "progress", "dang-thuc-hien", 40), upd("2024-04-02 08:00", "progress", null, 45), upd("2024-04-03 08:00", "progress", "dang-thuc-hien", null)],
      [],
      "2024-04-30",
    )!;
    expect(r).toMatchObject({ status: "dang-thuc-hien", progress: 45 });
  });

  it("a status a direction or comment happens to carry is ignored", () => {
    const r = taskAsOf(task, [upd("2024-04-01 08:00", "direction", "hoan-thanh", 100), upd("2024-04-02 08:00", "comment", "hoan-thanh", 100)], [], "2024-04-30")!;
    expect(r).toMatchObject({ status: "chua-thuc-hien", progress: 0, completedOn: null, lastUpdate: null });
  });

  it("'không thực hiện được' keeps its reason until a later status replaces it; reopening clears completion", () => {
    const h = [
      upd("2024-04-01 08:00", "progress", "hoan-thanh", 100),
      upd("2024-05-01 08:00", "progress", "khong-thuc-hien-duoc", 100, { reason: "Không được cấp kinh phí" }),
      upd("2024-06-01 08:00", "progress", "dang-thuc-hien", 70),
    ];
    expect(taskAsOf(task, h, [], "2024-04-15")).toMatchObject({ status: "hoan-thanh", statusReason: null, completedOnDay: "2024-04-01" });
    expect(taskAsOf(task, h, [], "2024-05-15")).toMatchObject({ status: "khong-thuc-hien-duoc", statusReason: "Không được cấp kinh phí", completedOn: null });
    expect(taskAsOf(task, h, [], "2024-06-15")).toMatchObject({ status: "dang-thuc-hien", statusReason: null, completedOn: null });
  });

  it("completion late at night is dated by the Vietnamese day", () => {
    const r = taskAsOf(task, [upd("2024-12-10 23:30", "progress", "hoan-thanh-cham", 100)], [], "2024-12-10")!;
    expect(r.completedOnDay).toBe("2024-12-10");
    expect(r.completedOn!.toISOString()).toBe("2024-12-10T16:30:00.000Z");
  });

  it("starts from the given initial state when there is one", () => {
    expect(taskAsOf({ ...task, initial: { status: "dang-thuc-hien", progress: 10 } }, [], [], "2024-02-01")).toMatchObject({ status: "dang-thuc-hien", progress: 10 });
  });
});

describe("taskAsOf: evidence filed by then", () => {
  const files = [ev("2024-06-30 10:00"), ev("2024-12-10 23:59"), ev("2024-12-11 00:00"), ev("2025-01-05 09:00")];

  it.each([
    ["none yet", "2024-06-29", 0, 4],
    ["filed on the day counts", "2024-06-30", 1, 3],
    ["23:59 on the cut-off day counts, midnight after does not", "2024-12-10", 2, 2],
    ["all by the next year", "2025-01-05", 4, 0],
  ])("%s", (_n, asOf, shown, after) => {
    const r = taskAsOf(task, [], files, asOf)!;
    expect(r.evidenceCount).toBe(shown);
    expect(r.evidence).toEqual(files.slice(0, shown));
    expect(r.filedAfter.evidence).toBe(after);
  });
});

describe("taskExistsFrom: a plan entered late still had its tasks from its start", () => {
  it.each([
    ["typed in 2026, plan of 2024 without a date: from 01/01/2024", vn("2026-11-20 10:00"), { issuedOn: null, fromYear: 2024 }, "2024-01-01T00:00:00+07:00"],
    ["typed in 2026, plan issued 18/04/2017", vn("2026-11-20 10:00"), { issuedOn: "2017-04-18", fromYear: 2017 }, "2017-04-18T00:00:00+07:00"],
    ["written before the plan's date (a draft): from when it was written", vn("2017-03-01 08:00"), { issuedOn: "2017-04-18", fromYear: 2017 }, "2017-03-01T08:00:00+07:00"],
  ])("%s", (_n, created, plan, expected) => expect(taskExistsFrom(created, plan).toISOString()).toBe(new Date(expected).toISOString()));
});

describe("decidingUpdates: the few updates that decide the state", () => {
  const essence = (v: ReturnType<typeof taskAsOf>) =>
    v && { status: v.status, statusReason: v.statusReason, progress: v.progress, completedOn: v.completedOn?.getTime() ?? null, last: v.lastUpdate?.id ?? null };

  const cases: Array<{ name: string; updates: Update[]; asOf: string; picked: number }> = [
    { name: "no updates", updates: [], asOf: "2024-12-31", picked: 0 },
    {
      name: "one report gives status and progress: picked once",
      updates: [upd("2024-03-01 08:00", "progress", "dang-thuc-hien", 40)],
      asOf: "2024-12-31",
      picked: 1,
    },
    {
      name: "status from one report, progress from a later one, a contribution after both",
      updates: [
        upd("2024-03-01 08:00", "progress", "hoan-thanh", 100),
        upd("2024-04-01 08:00", "progress", null, 90),
        upd("2024-05-01 08:00", "contribution"),
        upd("2024-06-01 08:00", "direction", "chua-thuc-hien", 0),
      ],
      asOf: "2024-12-31",
      picked: 3,
    },
    {
      name: "updates after the date do not count",
      updates: [upd("2024-03-01 08:00", "progress", "dang-thuc-hien", 10), upd("2025-01-02 08:00", "progress", "hoan-thanh", 100)],
      asOf: "2024-12-31",
      picked: 1,
    },
    {
      name: "same instant: the later id wins, as in taskAsOf",
      updates: [upd("2024-03-01 08:00", "progress", "hoan-thanh", 100, { id: 901 }), upd("2024-03-01 08:00", "progress", "dang-thuc-hien", 50, { id: 900 })],
      asOf: "2024-12-31",
      picked: 1,
    },
  ];
  it.each(cases)("$name", ({ updates, asOf, picked }) => {
    const few = decidingUpdates(updates, asOf);
    expect(few).toHaveLength(picked);
    expect(essence(taskAsOf(task, few, [], asOf))).toEqual(essence(taskAsOf(task, updates, [], asOf)));
  });

  it("gives the same state as the whole history on 500 generated histories", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const kinds: TaskUpdateFact["kind"][] = ["progress", "progress", "contribution", "direction", "comment"];
    const statuses: Array<TaskStatus | null> = [null, "dang-thuc-hien", "hoan-thanh", "hoan-thanh-cham", "khong-thuc-hien-duoc", "chua-thuc-hien"];
    for (let n = 0; n < 500; n++) {
      const updates = Array.from({ length: Math.floor(rand() * 9) }, () => {
        const day = `2024-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;
        const hour = rand() < 0.3 ? "08:00" : `${String(Math.floor(rand() * 24)).padStart(2, "0")}:30`;
        const status = statuses[Math.floor(rand() * statuses.length)]!;
        return upd(`${day} ${hour}`, kinds[Math.floor(rand() * kinds.length)]!, status, rand() < 0.5 ? Math.floor(rand() * 101) : null, {
          reason: status === "khong-thuc-hien-duoc" ? "Thiếu kinh phí" : undefined,
        });
      });
      const asOf = `2024-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-15`;
      expect(essence(taskAsOf(task, decidingUpdates(updates, asOf), [], asOf))).toEqual(essence(taskAsOf(task, updates, [], asOf)));
    }
  });
});
