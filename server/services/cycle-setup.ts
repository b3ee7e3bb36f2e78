import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { mayRun } from "../domain/cycle-access";
import { CYCLE_PHASES, windowsFromTasks, type PhaseWindow } from "../domain/cycle-phase";
import type { Deadline } from "../domain/deadline";
import { can, type Actor } from "../domain/permissions";
import { recordAudit } from "./audit";
import { cycleContext, loadCycle } from "./cycle-context";
import { badRequest, conflict, forbidden, notFound } from "./errors";
import { frameworkHasCriteria } from "./frameworks";

/**
 * Opening and setting up a scoring cycle (Phòng/Sở Nội vụ): the cycle plan, the framework, the
 * evaluated units (the plan's), phase windows from the plan's tasks, and the council.
 */

const isoDate = z.iso.date({ error: "Ngày không hợp lệ." }).nullable();
const phaseInput = z.object({ phase: z.enum(CYCLE_PHASES), opensOn: isoDate, dueOn: isoDate, closesOn: isoDate });
const councilInput = z.array(z.object({ componentKey: z.string().min(1).max(80), unitId: z.number().int().positive() })).max(40);

const openInput = z.object({
  planCode: z.string().trim().min(1).max(200),
  frameworkId: z.number().int().positive({ error: "Vui lòng chọn bộ chỉ số." }),
  council: councilInput.default([]),
  /** Only for a plan that names no evaluated units. */
  unitIds: z.array(z.number().int().positive()).max(500).default([]),
});

/** What a cycle plan would open with: its evaluated units, council members and windows from its tasks. */
export async function cycleDraft(db: DbOrTx, actor: Actor, planCode: string) {
  const [plan] = await db.select().from(s.plans).where(eq(s.plans.code, planCode));
  if (!plan) throw notFound("Không tìm thấy kế hoạch này.");
  if (plan.kind !== "scoring-cycle") throw badRequest("Kế hoạch này không phải kế hoạch xác định Chỉ số CCHC.");
  if (!can(actor, { kind: "run-cycle", unitId: plan.issuerUnitId })) throw forbidden("Chỉ cán bộ Nội vụ được mở kỳ đánh giá.");
  const members = await db
    .select({ unitId: s.planUnits.unitId, role: s.planUnits.role, name: s.units.name, kind: s.units.kind })
    .from(s.planUnits)
    .innerJoin(s.units, eq(s.units.id, s.planUnits.unitId))
    .where(eq(s.planUnits.planId, plan.id))
    .orderBy(asc(s.planUnits.position));
  const tasks = await db.select({ phase: s.tasks.phase, deadline: s.tasks.deadline }).from(s.tasks).where(eq(s.tasks.planId, plan.id));
  return {
    plan,
    evaluated: members.filter((m) => m.role === "evaluated"),
    councilMembers: members.filter((m) => m.role === "council-member"),
    windows: windowsFromTasks(tasks as Array<{ phase: string | null; deadline: Deadline }>, plan.fromYear),
    level: members.find((m) => m.role === "evaluated")?.kind === "commune" ? ("commune" as const) : null,
  };
}

async function checkCouncil(db: DbOrTx, frameworkId: number, council: z.infer<typeof councilInput>, allowed: Set<number>) {
  if (council.length === 0) return;
  const comps = await db.select({ key: s.frameworkComponents.componentKey }).from(s.frameworkComponents).where(eq(s.frameworkComponents.frameworkId, frameworkId));
  const keys = new Set(comps.map((c) => c.key));
  const seen = new Set<string>();
  for (const c of council) {
    if (!keys.has(c.componentKey)) throw badRequest(`Chỉ số thành phần "${c.componentKey}" không có trong bộ chỉ số của kỳ này.`);
    if (!allowed.has(c.unitId)) throw badRequest("Cơ quan thẩm định phải là thành viên Hội đồng thẩm định của kế hoạch.");
    if (seen.has(c.componentKey)) throw badRequest("Mỗi chỉ số thành phần chỉ giao cho một cơ quan thẩm định.");
    seen.add(c.componentKey);
  }
}

export async function openCycle(db: Db, actor: Actor, raw: unknown): Promise<{ cycleId: number }> {
  const input = openInput.parse(raw);
  return db.transaction(async (tx) => {
    const draft = await cycleDraft(tx, actor, input.planCode);
    const [existing] = await tx.select({ id: s.cycles.id }).from(s.cycles).where(eq(s.cycles.planId, draft.plan.id));
    if (existing) throw conflict("Kế hoạch này đã có kỳ đánh giá.");
    const [fw] = await tx.select().from(s.frameworks).where(eq(s.frameworks.id, input.frameworkId));
    if (!fw) throw notFound("Không tìm thấy bộ chỉ số.");
    if (fw.fromYear > draft.plan.fromYear) throw badRequest(`Bộ chỉ số áp dụng từ năm ${fw.fromYear}, sau năm đánh giá ${draft.plan.fromYear}.`);
    if (draft.level && fw.level !== draft.level) throw badRequest("Bộ chỉ số không dành cho cấp đơn vị được đánh giá.");
    // A framework may still lack its criteria (the decision cites it, nobody typed it in yet):
    // the cycle opens, and its page asks Home Affairs to import them before self-assessment.
    const hasCriteria = await frameworkHasCriteria(tx, fw.id);
    let evaluated = draft.evaluated.map((u) => u.unitId);
    let councilMembers = draft.councilMembers.map((m) => m.unitId);
    if (evaluated.length === 0) {
      // A plan typed in the app names no evaluated units: Home Affairs picks them when opening.
      const picked = [...new Set(input.unitIds)];
      if (picked.length === 0) throw badRequest("Kế hoạch chưa có đơn vị được đánh giá: hãy chọn các đơn vị được đánh giá.");
      const choices = new Set((await unitChoices(tx, draft.plan.issuerUnitId, fw.level)).map((u) => u.unitId));
      if (picked.some((u) => !choices.has(u))) throw badRequest("Đơn vị được đánh giá phải thuộc địa bàn của cơ quan ban hành kế hoạch, đúng cấp của bộ chỉ số.");
      evaluated = picked;
      await tx.insert(s.planUnits).values(picked.map((unitId, position) => ({ planId: draft.plan.id, unitId, role: "evaluated" as const, position })));
    }
    if (councilMembers.length === 0 && input.council.length) {
      const offices = new Set((await officeChoices(tx, draft.plan.issuerUnitId)).map((u) => u.unitId));
      councilMembers = [...new Set(input.council.map((c) => c.unitId))].filter((u) => offices.has(u));
      if (councilMembers.length) await tx.insert(s.planUnits).values(councilMembers.map((unitId, position) => ({ planId: draft.plan.id, unitId, role: "council-member" as const, position: 100 + position })));
    }
    await checkCouncil(tx, fw.id, input.council, new Set(councilMembers));
    const id = await insertCycle(tx, { planId: draft.plan.id, frameworkId: fw.id, year: draft.plan.fromYear, level: fw.level, ownerUnitId: draft.plan.issuerUnitId, createdBy: actor.userId, windows: draft.windows, units: evaluated, council: input.council });
    await recordAudit(tx, { actor, action: "create", entity: "cycle", entityId: id, unitId: draft.plan.issuerUnitId, after: { plan: draft.plan.code, framework: fw.code, criteria: hasCriteria, units: evaluated.length, windows: draft.windows, council: input.council } });
    return { cycleId: id };
  });
}

/** The rows of a new cycle: the cycle, its phase windows, its evaluated units and its council. */
export async function insertCycle(
  tx: DbOrTx,
  c: { planId: number; frameworkId: number; year: number; level: typeof s.cycles.$inferInsert.level; ownerUnitId: number; createdBy: number | null; windows: PhaseWindow[]; units: number[]; council: Array<{ componentKey: string; unitId: number }> },
): Promise<number> {
  const [cycle] = await tx
    .insert(s.cycles)
    .values({ planId: c.planId, frameworkId: c.frameworkId, year: c.year, level: c.level, ownerUnitId: c.ownerUnitId, createdBy: c.createdBy })
    .returning({ id: s.cycles.id });
  const id = cycle!.id;
  await tx.insert(s.cyclePhases).values(c.windows.map((w) => ({ cycleId: id, ...w })));
  await tx.insert(s.cycleUnits).values(c.units.map((unitId, i) => ({ cycleId: id, unitId, position: i })));
  if (c.council.length) await tx.insert(s.councilAssignments).values(c.council.map((x) => ({ cycleId: id, ...x })));
  return id;
}

/** Units of a government at a framework's level (the communes of a district), to evaluate. */
export async function unitChoices(db: DbOrTx, issuerUnitId: number, level: string) {
  const kinds: Record<string, string[]> = { commune: ["commune"], district: ["district"], "provincial-agency": ["provincial-agency", "vertical-agency"], province: ["province"] };
  const rows = await db.select({ unitId: s.units.id, name: s.units.name, kind: s.units.kind }).from(s.units).where(eq(s.units.parentId, issuerUnitId)).orderBy(asc(s.units.name));
  return rows.filter((r) => (kinds[level] ?? []).includes(r.kind));
}

/** A government's own offices (phòng, sở), who may sit on the council. */
export async function officeChoices(db: DbOrTx, issuerUnitId: number) {
  const rows = await db.select({ unitId: s.units.id, name: s.units.name, kind: s.units.kind }).from(s.units).where(eq(s.units.parentId, issuerUnitId)).orderBy(asc(s.units.name));
  return rows.filter((r) => r.kind === "district-office" || r.kind === "provincial-agency");
}

const setupInput = z.object({
  cycleId: z.number().int().positive(),
  version: z.number().int().positive(),
  phases: z.array(phaseInput).max(CYCLE_PHASES.length).optional(),
  council: councilInput.optional(),
});

/** Change phase windows (extend a deadline) or the council; checked against the version the user saw. */
export async function updateCycleSetup(db: Db, actor: Actor, raw: unknown, asOf: string): Promise<{ version: number }> {
  const input = setupInput.parse(raw);
  return db.transaction(async (tx) => {
    const loaded = await loadCycle(tx, input.cycleId);
    const v = mayRun(actor, cycleContext(loaded, asOf), null);
    if (!v.ok) throw forbidden(v.reason);
    if (loaded.cycle.status === "published") throw badRequest("Kết quả đã công bố; không thể thay đổi.");
    if (loaded.cycle.version !== input.version) throw conflict("Kỳ đánh giá vừa được người khác thay đổi; hãy tải lại trang.");
    if (input.phases) {
      for (const p of input.phases) {
        if (p.opensOn && p.dueOn && p.opensOn > p.dueOn) throw badRequest("Ngày bắt đầu phải trước hạn.");
        if (p.closesOn && p.dueOn && p.closesOn < p.dueOn) throw badRequest("Ngày gia hạn phải sau hạn của bước.");
        await tx
          .update(s.cyclePhases)
          .set({ opensOn: p.opensOn, dueOn: p.dueOn, closesOn: p.closesOn })
          .where(and(eq(s.cyclePhases.cycleId, input.cycleId), eq(s.cyclePhases.phase, p.phase)));
      }
    }
    if (input.council) {
      await checkCouncil(tx, loaded.cycle.frameworkId, input.council, new Set((await councilChoices(tx, loaded.cycle.planId, loaded.cycle.ownerUnitId)).map((m) => m.unitId)));
      await tx.delete(s.councilAssignments).where(eq(s.councilAssignments.cycleId, input.cycleId));
      if (input.council.length) await tx.insert(s.councilAssignments).values(input.council.map((c) => ({ cycleId: input.cycleId, ...c })));
    }
    const [row] = await tx.update(s.cycles).set({ version: loaded.cycle.version + 1 }).where(eq(s.cycles.id, input.cycleId)).returning({ version: s.cycles.version });
    await recordAudit(tx, { actor, action: "update", entity: "cycle", entityId: input.cycleId, unitId: loaded.cycle.ownerUnitId, before: { windows: loaded.windows, council: loaded.council.map((c) => ({ componentKey: c.componentKey, unitId: c.unitId })) }, after: { phases: input.phases, council: input.council } });
    return { version: row!.version };
  });
}

/** Cycles the actor takes part in or oversees, newest first. */
export async function listCycles(db: DbOrTx, actor: Actor) {
  const rows = await db
    .select({ id: s.cycles.id, year: s.cycles.year, level: s.cycles.level, status: s.cycles.status, ownerUnitId: s.cycles.ownerUnitId, planCode: s.plans.code, planTitle: s.plans.title, frameworkName: s.frameworks.name })
    .from(s.cycles)
    .innerJoin(s.plans, eq(s.plans.id, s.cycles.planId))
    .innerJoin(s.frameworks, eq(s.frameworks.id, s.cycles.frameworkId))
    .orderBy(desc(s.cycles.year), asc(s.cycles.id));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const mine = await db.select({ cycleId: s.cycleUnits.cycleId }).from(s.cycleUnits).where(and(inArray(s.cycleUnits.cycleId, ids), eq(s.cycleUnits.unitId, actor.unitId)));
  const council = await db.select({ cycleId: s.councilAssignments.cycleId }).from(s.councilAssignments).where(and(inArray(s.councilAssignments.cycleId, ids), eq(s.councilAssignments.unitId, actor.unitId)));
  const evaluated = new Set(mine.map((m) => m.cycleId));
  const member = new Set(council.map((m) => m.cycleId));
  return rows
    .filter((r) => actor.roles.includes("quan-tri") || evaluated.has(r.id) || member.has(r.id) || ((actor.roles.includes("noi-vu") || actor.roles.includes("lanh-dao")) && actor.scope.has(r.ownerUnitId)))
    .map((r) => ({ ...r, evaluated: evaluated.has(r.id), councilMember: member.has(r.id), runs: can(actor, { kind: "run-cycle", unitId: r.ownerUnitId }) }));
}

/** Who may sit on a cycle's council: the plan's council members, or the government's offices when the plan names none. */
export async function councilChoices(db: DbOrTx, planId: number, issuerUnitId: number) {
  const members = await db
    .select({ unitId: s.planUnits.unitId, name: s.units.name })
    .from(s.planUnits)
    .innerJoin(s.units, eq(s.units.id, s.planUnits.unitId))
    .where(and(eq(s.planUnits.planId, planId), eq(s.planUnits.role, "council-member")))
    .orderBy(asc(s.planUnits.position));
  return members.length ? members : (await officeChoices(db, issuerUnitId)).map((o) => ({ unitId: o.unitId, name: o.name }));
}
