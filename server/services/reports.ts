import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { reportPeriod } from "../domain/report-period";
import type { Actor } from "../domain/permissions";
import { groupFlags, tallyTasks } from "../domain/report-tally";
import { taskExistsFrom, vietnamDay } from "../domain/task-as-of";
import { taskState, type PlanCalendar, type TaskStatus } from "../domain/task-state";
import { parseVnDate } from "../domain/vn-date";
import type { ReportData, ReportIssuerKind, ReportPeriod, ReportSections } from "../reports/types";
import { authorize } from "./actor";
import { recordAudit } from "./audit";
import { getDashboard } from "./dashboard";
import { badRequest, conflict, notFound } from "./errors";
import { getSettings, rootOf } from "./settings";
import { reportTaskViews } from "./report-tasks";

const EMPTY_SECTIONS: ReportSections = { danhGiaChung: "", tonTai: "", nhiemVuGiaiPhap: "", deXuat: "" };
const periodSchema = z.enum(["quy-1", "6-thang", "quy-3", "nam"], { error: "Kỳ báo cáo không hợp lệ." });

export const reportRequest = z.object({
  planCode: z.string().min(1).max(100),
  year: z.coerce.number({ error: "Năm không hợp lệ." }).int().min(2000, "Năm không hợp lệ.").max(2100, "Năm không hợp lệ."),
  period: periodSchema,
});
export type ReportRequest = z.input<typeof reportRequest>;

async function planFor(db: DbOrTx, actor: Actor, planCode: string) {
  const [row] = await db
    .select({ plan: s.plans, issuerName: s.units.name, issuerShort: s.units.shortName, issuerCode: s.units.code, issuerParent: s.units.parentId })
    .from(s.plans)
    .innerJoin(s.units, eq(s.units.id, s.plans.issuerUnitId))
    .where(eq(s.plans.code, planCode));
  if (!row) throw notFound("Không tìm thấy kế hoạch này.");
  // Compiling a report is Home Affairs' work for the plan's government.
  authorize(actor, { kind: "run-cycle", unitId: row.plan.issuerUnitId });
  return row;
}

export interface ReportDraft {
  number: string | null;
  sections: ReportSections;
  /** Issue date (YYYY-MM-DD) chosen by the officer; null until chosen. */
  issuedOn: string | null;
  issuedBy: ReportIssuerKind;
  version: number;
  updatedAt: Date | null;
}

export async function getReportDraft(db: DbOrTx, actor: Actor, raw: ReportRequest): Promise<ReportDraft> {
  const req = reportRequest.parse(raw);
  const { plan } = await planFor(db, actor, req.planCode);
  const [draft] = await db
    .select()
    .from(s.reportDrafts)
    .where(and(eq(s.reportDrafts.planId, plan.id), eq(s.reportDrafts.year, req.year), eq(s.reportDrafts.period, req.period)));
  const stored = draft?.sections;
  return {
    number: draft?.number ?? null,
    sections: stored
      ? { danhGiaChung: stored.danhGiaChung, tonTai: stored.tonTai, nhiemVuGiaiPhap: stored.nhiemVuGiaiPhap, deXuat: stored.deXuat }
      : EMPTY_SECTIONS,
    issuedOn: stored?.issuedOn ?? null,
    issuedBy: stored?.issuedBy ?? "government",
    version: draft?.version ?? 0,
    updatedAt: draft?.updatedAt ?? null,
  };
}

const sectionsSchema = z.object({
  danhGiaChung: z.string().max(20000, "Phần Đánh giá chung quá dài."),
  tonTai: z.string().max(20000, "Phần Tồn tại, hạn chế quá dài."),
  nhiemVuGiaiPhap: z.string().max(20000, "Phần Nhiệm vụ, giải pháp quá dài."),
  deXuat: z.string().max(20000, "Phần Đề xuất, kiến nghị quá dài."),
});

const issuedBySchema = z.enum(["government", "home-affairs"], { error: "Cơ quan ban hành không hợp lệ." });

/**
 * Save the officer's text sections, number, issue date and issuing body. A draft saved meanwhile
 * by someone else is not overwritten; saving what is already saved writes nothing.
 */
export async function saveReportDraft(
  db: Db,
  actor: Actor,
  raw: ReportRequest & {
    number?: string | null;
    sections: ReportSections;
    issuedOn?: string | null;
    issuedBy?: ReportIssuerKind | string | null;
    expectedVersion: number;
  },
  today: string,
): Promise<{ version: number; saved: boolean }> {
  const req = reportRequest.parse(raw);
  const sections = sectionsSchema.parse(raw.sections);
  const number = z.string().trim().max(50, "Số báo cáo quá dài.").nullish().parse(raw.number) || null;
  const issuedBy = issuedBySchema.parse(raw.issuedBy || "government");
  const issuedOnText = (raw.issuedOn ?? "").trim();
  const issuedOn = issuedOnText ? parseVnDate(issuedOnText) : null;
  if (issuedOnText && !issuedOn) throw badRequest("Ngày ban hành không hợp lệ. Vui lòng nhập theo dạng ngày/tháng/năm, ví dụ 16/12/2024.");
  const period = reportPeriod(req.period as ReportPeriod, req.year);
  if (issuedOn && issuedOn < period.from) {
    throw badRequest(`Ngày ban hành không thể trước ngày bắt đầu kỳ báo cáo (${period.from.split("-").reverse().join("/")}).`);
  }
  if (issuedOn && issuedOn > today) throw badRequest("Ngày ban hành không thể sau ngày hôm nay.");
  return db.transaction(async (tx) => {
    const { plan } = await planFor(tx, actor, req.planCode);
    const [current] = await tx
      .select()
      .from(s.reportDrafts)
      .where(and(eq(s.reportDrafts.planId, plan.id), eq(s.reportDrafts.year, req.year), eq(s.reportDrafts.period, req.period)));
    if ((current?.version ?? 0) !== raw.expectedVersion) {
      throw conflict("Bản nháp vừa được người khác lưu. Vui lòng tải lại trang để xem bản mới nhất; nội dung bạn đang soạn vẫn còn trong ô.");
    }
    const content = { ...sections, issuedOn, issuedBy };
    const before = current ? { ...EMPTY_SECTIONS, issuedOn: null, issuedBy: "government", ...current.sections } : null;
    if (current && current.number === number && JSON.stringify(before) === JSON.stringify({ ...before, ...content })) {
      return { version: current.version, saved: false };
    }
    const version = (current?.version ?? 0) + 1;
    if (current) {
      await tx.update(s.reportDrafts).set({ sections: content, number, version, updatedAt: new Date(), updatedBy: actor.userId }).where(eq(s.reportDrafts.id, current.id));
    } else {
      await tx.insert(s.reportDrafts).values({ planId: plan.id, year: req.year, period: req.period, sections: content, number, version, updatedBy: actor.userId });
    }
    await recordAudit(tx, {
      actor,
      action: current ? "update" : "create",
      entity: "report",
      entityId: `${plan.code}/${req.year}/${req.period}`,
      unitId: plan.issuerUnitId,
      before: current ? { number: current.number, ...before } : null,
      after: { number, ...content },
    });
    return { version, saved: true };
  });
}

const STATUS_TEXT: Record<TaskStatus, string> = {
  "chua-thuc-hien": "Chưa thực hiện",
  "dang-thuc-hien": "Đang thực hiện",
  "hoan-thanh": "Hoàn thành",
  "hoan-thanh-cham": "Hoàn thành chậm",
  "khong-thuc-hien-duoc": "Không thực hiện được",
};

/** Home Affairs of a government: its child unit "Phòng Nội vụ" (district) or "Sở Nội vụ" (province). */
async function homeAffairsOf(db: DbOrTx, governmentId: number): Promise<{ name: string } | null> {
  const [row] = await db
    .select({ name: s.units.name })
    .from(s.units)
    .where(and(eq(s.units.parentId, governmentId), inArray(s.units.name, ["Phòng Nội vụ", "Sở Nội vụ"])));
  return row ?? null;
}

/**
 * Fill the report from the database. One cut-off for every figure: the period's end (or today,
 * before it ends). Statuses, progress, evidence and updates are rebuilt as they stood then, and
 * what was filed later is counted for the builder's notice, never printed.
 */
export async function buildReport(db: DbOrTx, actor: Actor, raw: ReportRequest, today: string): Promise<ReportData> {
  const req = reportRequest.parse(raw);
  const period = reportPeriod(req.period as ReportPeriod, req.year);
  const row = await planFor(db, actor, req.planCode);
  const { plan } = row;
  const cutoff = period.to < today ? period.to : today;

  const tasksOfPlan = db
    .select({ id: s.tasks.id, ordinal: s.tasks.ordinal, title: s.tasks.title, deadline: s.tasks.deadline, leadPrinted: s.tasks.leadPrinted, createdAt: s.tasks.createdAt })
    .from(s.tasks)
    .where(and(eq(s.tasks.planId, plan.id), eq(s.tasks.isHeading, false)))
    .orderBy(asc(s.tasks.id));
  // Every query at once: the tasks as they stood at the cut-off are read while the dashboard is.
  const [dashboard, draft, settings, [tasks, { views, laterUpdates, laterEvidence }], leads, reportTo, homeAffairs] = await Promise.all([
    getDashboard(db, actor, { unitCode: row.issuerCode, year: req.year, asOf: cutoff, today }),
    getReportDraft(db, actor, req),
    rootOf(db, plan.issuerUnitId).then((root) => getSettings(db, root)),
    tasksOfPlan.then(async (tasks) => [tasks, await reportTaskViews(db, plan.id, tasks.map((t) => ({ id: t.id, existsFrom: taskExistsFrom(t.createdAt, plan) })), cutoff)] as const),
    // Lead units of the plan's tasks: a join on the plan, not a list of thousands of ids.
    db
      .select({ taskId: s.taskUnits.taskId, name: s.units.name })
      .from(s.taskUnits)
      .innerJoin(s.units, eq(s.units.id, s.taskUnits.unitId))
      .innerJoin(s.tasks, eq(s.tasks.id, s.taskUnits.taskId))
      .where(and(eq(s.tasks.planId, plan.id), eq(s.tasks.isHeading, false), eq(s.taskUnits.role, "lead")))
      .orderBy(asc(s.taskUnits.position)),
    // The province's Home Affairs department receives a district's report.
    rootOf(db, plan.issuerUnitId).then(async (root) => {
      if (root === plan.issuerUnitId) return null;
      const [province] = await db.select({ name: s.units.name, shortName: s.units.shortName }).from(s.units).where(eq(s.units.id, root));
      const snv = await homeAffairsOf(db, root);
      return snv && province ? `${snv.name} tỉnh ${province.shortName ?? province.name}` : null;
    }),
    homeAffairsOf(db, plan.issuerUnitId),
  ]);

  const calendar: PlanCalendar = { fromYear: plan.fromYear, toYear: plan.toYear, reporting: plan.reportingDeadline ?? null };
  const year = Math.min(plan.toYear, Math.max(plan.fromYear, req.year));
  // Lead names by task, in one pass (a filter per task was quadratic: seconds for a province plan).
  const leadsByTask = new Map<number, string[]>();
  for (const l of leads) leadsByTask.set(l.taskId, [...(leadsByTask.get(l.taskId) ?? []), l.name]);
  const judged = tasks.flatMap((t) => {
    const view = views.get(t.id);
    // Not yet in the plan at the cut-off: left out (what was filed on it is counted as later).
    if (!view) return [];
    const st = taskState({ deadline: t.deadline, status: view.status, completedOn: view.completedOnDay }, calendar, year, cutoff, settings.dueSoonDays);
    const leadNames = [...new Set(leadsByTask.get(t.id) ?? [])];
    return [{ ...t, ...st, view, leadNames, lead: leadNames.length ? leadNames.join("; ") : (t.leadPrinted ?? "Chưa rõ") }];
  });
  // Tasks with no lead unit in the database count under the lead the plan prints ("Các cơ quan, đơn vị, địa phương").
  const tally = tallyTasks(
    judged.map((t) => ({ id: t.id, leads: t.leadNames.length ? t.leadNames : t.leadPrinted ? [t.leadPrinted] : [], state: t.state, status: t.view.status })),
  );
  const overdueIds = new Set(tally.overdueIds);

  const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  const rows = [...dashboard.components, ...(dashboard.total ? [dashboard.total] : [])];
  const issuedBy = draft.issuedBy === "home-affairs" && homeAffairs ? "home-affairs" : "government";
  const isDistrict = homeAffairs?.name === "Phòng Nội vụ";

  return {
    issuer:
      issuedBy === "home-affairs" && homeAffairs
        ? { kind: "home-affairs", parentName: row.issuerName, name: homeAffairs.name, government: row.issuerName, homeAffairs: homeAffairs.name }
        : { kind: "government", parentName: null, name: row.issuerName, government: row.issuerName, homeAffairs: homeAffairs?.name ?? null },
    number: draft.number,
    numberSuffix: issuedBy === "home-affairs" ? (isDistrict ? "BC-NV" : "BC-SNV") : "BC-UBND",
    place: row.issuerShort ?? row.issuerName.replace(/^UBND (tỉnh|huyện|thành phố|thị xã|xã|thị trấn) /, ""),
    date: draft.issuedOn,
    title: "Báo cáo kết quả thực hiện Kế hoạch cải thiện và nâng cao Chỉ số CCHC",
    plan: { number: plan.number, date: plan.issuedOn, datePrinted: plan.datePrinted, issuer: row.issuerName, title: plan.title },
    period,
    components: rows.map((r, i) => {
      const thisYear = r.last && r.last.year === req.year ? r.last : null;
      const previous = r.last && r.last.year < req.year ? r.last : r.previous;
      return {
        ordinal: r.isTotal ? null : i + 1,
        name: r.isTotal ? "Chỉ số CCHC" : r.name,
        isTotal: r.isTotal,
        previousYear: previous?.year ?? null,
        previousScore: previous?.score ?? null,
        previousUnit: previous?.unit ?? null,
        previousRank: previous?.rank ?? null,
        targetPrinted: r.target?.printed ?? null,
        targetRankPrinted: r.target?.rankPrinted ?? null,
        resultScore: thisYear?.score ?? null,
        resultRank: thisYear?.rank ?? null,
        resultSource: (thisYear && r.last?.source ? r.last.source : null) as ReportData["components"][number]["resultSource"],
        verdict: thisYear ? r.verdict : r.target ? "no-data" : "no-target",
        responsible: r.target ? (r.target.responsiblePrinted ?? r.target.responsible.join(", ")) : "",
      };
    }),
    flags: groupFlags(dashboard.flags.map((f) => ({ component: f.component, severity: f.severity, reason: f.reason }))),
    cutoff: { date: cutoff, laterUpdates, laterEvidence },
    byLead: tally.byLead,
    totals: { unitName: "Tổng cộng", ...tally.total },
    tasks: judged.map((t) => ({
      ordinal: t.ordinal,
      title: t.title,
      lead: t.lead,
      status: STATUS_TEXT[t.view.status],
      progress: t.view.progress,
      evidenceCount: t.view.evidenceCount,
      lastUpdate: t.view.lastUpdateAt ? vietnamDay(t.view.lastUpdateAt) : null,
      due: t.due,
      overdue: overdueIds.has(t.id),
    })),
    overdue: judged
      .filter((t) => overdueIds.has(t.id))
      .map((t) => ({ ordinal: t.ordinal, title: t.title, lead: t.lead, due: t.due, status: STATUS_TEXT[t.view.status] })),
    evidence: judged
      .filter((t) => t.view.evidence.length > 0)
      .map((t) => ({
        taskOrdinal: t.ordinal,
        taskTitle: t.title,
        items: t.view.evidence.map((e) =>
          e.kind === "document"
            ? `Văn bản số ${e.docNumber}${e.docDate ? ` ngày ${dmy(e.docDate)}` : ""}${e.docIssuer ? ` của ${e.docIssuer}` : ""}`
            : `Tệp ${e.originalName}`,
        ),
      })),
    sections: { danhGiaChung: draft.sections.danhGiaChung, tonTai: draft.sections.tonTai, nhiemVuGiaiPhap: draft.sections.nhiemVuGiaiPhap, deXuat: draft.sections.deXuat },
    recipients:
      issuedBy === "home-affairs"
        ? [`${row.issuerName} (b/c)`, ...(reportTo ? [reportTo] : []), "Các cơ quan, đơn vị liên quan", "Lưu: VT"]
        : [reportTo ?? "Bộ Nội vụ (b/c)", `Lãnh đạo ${row.issuerName}`, "Các cơ quan, đơn vị liên quan", "Lưu: VT, NV"],
    signer:
      issuedBy === "home-affairs"
        ? { title: isDistrict ? "TRƯỞNG PHÒNG" : "GIÁM ĐỐC", name: null }
        : { title: plan.signerTitle ?? "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", name: plan.signerName },
  };
}

/** Improvement plans whose reports the actor compiles (Home Affairs of the issuing government). */
export async function listReportablePlans(db: DbOrTx, actor: Actor) {
  const rows = await db
    .select({ code: s.plans.code, number: s.plans.number, title: s.plans.title, fromYear: s.plans.fromYear, toYear: s.plans.toYear, issuerUnitId: s.plans.issuerUnitId })
    .from(s.plans)
    .where(eq(s.plans.kind, "improvement"))
    .orderBy(asc(s.plans.fromYear));
  const mine = rows.filter((p) => actor.roles.includes("noi-vu") && actor.scope.has(p.issuerUnitId));
  if (mine.length === 0 && !actor.roles.includes("noi-vu")) authorize(actor, { kind: "run-cycle", unitId: -1 });
  return mine.sort((a, b) => b.toYear - a.toYear).map(({ issuerUnitId: _issuer, ...p }) => p);
}
