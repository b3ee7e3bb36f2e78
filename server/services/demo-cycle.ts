import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import * as s from "../../db/schema";
import type { Deadline } from "../domain/deadline";
import { windowsFromTasks } from "../domain/cycle-phase";
import { recordAudit } from "./audit";
import { insertCycle } from "./cycle-setup";

/**
 * Demo mode: the 2024 commune cycle of doc 004 is open, as Phòng Nội vụ would have opened it —
 * the plan's 14 communes, the phase deadlines of the plan's tasks, and two council offices.
 *
 * Quyết định 8802/QĐ-UBND (the district's Bộ chỉ số) could not be found published, so the framework
 * ships without criteria or points: it gets the catalogue's areas of reform as its components (so
 * that the council can be assigned), and its page asks Home Affairs to import the criteria from
 * the template. No criterion, maximum or score is invented here.
 */
export const DEMO_CYCLE = {
  planCode: "tam-duong-xa-cycle-2024",
  frameworkCode: "tam-duong-xa-2023",
  /** The areas of the state administrative reform programme (Nghị quyết 76/NQ-CP), catalogue keys. */
  components: ["chi-dao-dieu-hanh", "the-che", "thu-tuc-hanh-chinh", "to-chuc-bo-may", "cong-vu", "tai-chinh-cong", "chinh-quyen-so"],
  /** Each office appraises the area of its field (doc 004, III.2); the others are left for Phòng Nội vụ to assign. */
  council: [
    { componentKey: "the-che", unitCode: "lai-chau.tam-duong.phong-tu-phap" },
    { componentKey: "thu-tuc-hanh-chinh", unitCode: "lai-chau.tam-duong.van-phong-hdnd-ubnd" },
  ],
} as const;

/** Open the demo cycle if its plan has none yet. Returns the cycle's id, or null when nothing was done. */
export async function openDemoCycle(db: Db): Promise<number | null> {
  return db.transaction(async (tx) => {
    const [plan] = await tx.select().from(s.plans).where(eq(s.plans.code, DEMO_CYCLE.planCode));
    const [fw] = await tx.select().from(s.frameworks).where(eq(s.frameworks.code, DEMO_CYCLE.frameworkCode));
    if (!plan || !fw) return null;
    const [existing] = await tx.select({ id: s.cycles.id }).from(s.cycles).where(eq(s.cycles.planId, plan.id));
    if (existing) return null;
    const comps = await tx.select({ key: s.frameworkComponents.componentKey }).from(s.frameworkComponents).where(eq(s.frameworkComponents.frameworkId, fw.id));
    if (comps.length === 0) {
      const cat = await tx.select({ key: s.components.key, name: s.components.name }).from(s.components).where(inArray(s.components.key, [...DEMO_CYCLE.components]));
      await tx.insert(s.frameworkComponents).values(
        DEMO_CYCLE.components.map((key, i) => ({ frameworkId: fw.id, componentKey: key, position: i + 1, name: cat.find((c) => c.key === key)?.name ?? key, maxPoints: null, kind: "appraised" as const })),
      );
    }
    const members = await tx
      .select({ unitId: s.planUnits.unitId, role: s.planUnits.role, code: s.units.code })
      .from(s.planUnits)
      .innerJoin(s.units, eq(s.units.id, s.planUnits.unitId))
      .where(eq(s.planUnits.planId, plan.id))
      .orderBy(asc(s.planUnits.position));
    const tasks = await tx.select({ phase: s.tasks.phase, deadline: s.tasks.deadline }).from(s.tasks).where(eq(s.tasks.planId, plan.id));
    const windows = windowsFromTasks(tasks as Array<{ phase: string | null; deadline: Deadline }>, plan.fromYear);
    const council = DEMO_CYCLE.council.flatMap((c) => {
      const m = members.find((x) => x.role === "council-member" && x.code === c.unitCode);
      return m ? [{ componentKey: c.componentKey, unitId: m.unitId }] : [];
    });
    const units = members.filter((m) => m.role === "evaluated").map((m) => m.unitId);
    const id = await insertCycle(tx, { planId: plan.id, frameworkId: fw.id, year: plan.fromYear, level: fw.level, ownerUnitId: plan.issuerUnitId, createdBy: null, windows, units, council });
    await recordAudit(tx, { actor: null, action: "create", entity: "cycle", entityId: id, unitId: plan.issuerUnitId, after: { plan: plan.code, framework: fw.code, units: units.length, windows, council }, note: "Chế độ trình diễn: mở kỳ đánh giá năm 2024 của các xã, thị trấn (Kế hoạch doc 004)" });
    return id;
  });
}
