import type { Role } from "./roles";

/**
 * Who may do what, as one pure function. Services build the actor (user, unit, roles, the set
 * of units their government governs) and the target from the database, then ask `can`.
 */
export interface Actor {
  userId: number;
  unitId: number;
  roles: readonly Role[];
  /** Units the actor's government governs (see scope.ts). */
  scope: ReadonlySet<number>;
  /** Components a council member appraises. */
  appraisalComponents?: ReadonlySet<string>;
}

export type Action =
  /** Read anything that belongs to a unit. */
  | { kind: "view"; unitId: number }
  /** Create or change units, frameworks, results, targets, plans and task definitions owned by a unit. */
  | { kind: "manage"; unitId: number }
  /** Report progress on a task, add evidence or a contribution. */
  | { kind: "update-task"; ownerUnitId: number; leadUnitIds: readonly number[]; coordinatingUnitIds: readonly number[] }
  /** Mark a task done (or not doable): the lead unit's call. */
  | { kind: "complete-task"; ownerUnitId: number; leadUnitIds: readonly number[] }
  /** Comment or give a direction on a task or an indicator. */
  | { kind: "direct"; unitId: number }
  /** Self-assess a unit's criteria. */
  | { kind: "self-assess"; unitId: number }
  /** Appraise a unit's score on a component. */
  | { kind: "appraise"; unitId: number; componentKey: string }
  /** Run the scoring cycle and compile reports for a unit's government. */
  | { kind: "run-cycle"; unitId: number }
  | { kind: "manage-users" }
  | { kind: "view-audit"; unitId: number | null };

export type ActionKind = Action["kind"];

const has = (a: Actor, r: Role) => a.roles.includes(r);
const inScope = (a: Actor, unitId: number) => a.scope.has(unitId);

export function can(actor: Actor, action: Action): boolean {
  if (actor.roles.length === 0) return false;
  const admin = has(actor, "quan-tri");
  switch (action.kind) {
    case "view":
      return admin || inScope(actor, action.unitId);
    case "manage":
      return has(actor, "noi-vu") && inScope(actor, action.unitId);
    case "update-task":
      return (
        (has(actor, "noi-vu") && inScope(actor, action.ownerUnitId)) ||
        (has(actor, "don-vi") &&
          (action.leadUnitIds.includes(actor.unitId) || action.coordinatingUnitIds.includes(actor.unitId)))
      );
    case "complete-task":
      return (
        (has(actor, "noi-vu") && inScope(actor, action.ownerUnitId)) ||
        (has(actor, "don-vi") && action.leadUnitIds.includes(actor.unitId))
      );
    case "direct":
      return (has(actor, "lanh-dao") || has(actor, "noi-vu")) && inScope(actor, action.unitId);
    case "self-assess":
      return (has(actor, "don-vi") && action.unitId === actor.unitId) || (has(actor, "noi-vu") && inScope(actor, action.unitId));
    case "appraise":
      return (
        has(actor, "tham-dinh") &&
        inScope(actor, action.unitId) &&
        (actor.appraisalComponents?.has(action.componentKey) ?? false)
      );
    case "run-cycle":
      return has(actor, "noi-vu") && inScope(actor, action.unitId);
    case "manage-users":
      return admin;
    case "view-audit":
      return admin || (has(actor, "noi-vu") && (action.unitId === null || inScope(actor, action.unitId)));
  }
}
