import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { reportPeriod } from "../domain/report-period";
import type { Actor } from "../domain/permissions";
import { judgeTask, type PlanCalendar, type TaskState } from "../domain/task-state";
import type { ReportData, ReportLeadRow, ReportPeriod, ReportSections } from "../reports/types";
import { authorize } from "./actor";
import { recordAudit } from "./audit";
import { getDashboard } from "./dashboard";
import { conflict, notFound } from "./errors";
import { getSettings, rootOf } from "./settings";

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

export async function getReportDraft(db: DbOrTx, actor: Actor, raw: ReportRequest) {
  const req = reportRequest.parse(raw);
  const { plan } = await planFor(db, actor, req.planCode);
  const [draft] = await db
    .select()
    .from(s.reportDrafts)
    .where(and(eq(s.reportDrafts.planId, plan.id), eq(s.reportDrafts.year, req.year), eq(s.reportDrafts.period, req.period)));
  return { number: draft?.number ?? null, sections: draft?.sections ?? EMPTY_SECTIONS, version: draft?.version ?? 0, updatedAt: draft?.updatedAt ?? null };
}

const sectionsSchema = z.object({
  danhGiaChung: z.string().max(20000, "Phần Đánh giá chung quá dài."),
  tonTai: z.string().max(20000, "Phần Tồn tại, hạn chế quá dài."),
  nhiemVuGiaiPhap: z.string().max(20000, "Phần Nhiệm vụ, giải pháp quá dài."),
  deXuat: z.string().max(20000, "Phần Đề xuất, kiến nghị quá dài."),
});

/** Save the officer's text sections. A draft saved meanwhile by someone else is not overwritten. */
export async function saveReportDraft(
  db: Db,
  actor: Actor,
  raw: ReportRequest & { number?: string | null; sections: ReportSections; expectedVersion: number },
): Promise<{ version: number }> {
  const req = reportRequest.parse(raw);
  const sections = sectionsSchema.parse(raw.sections);
  const number = z.string().trim().max(50, "Số báo cáo quá dài.").nullish().parse(raw.number) || null;
  return db.transaction(async (tx) => {
    const { plan } = await planFor(tx, actor, req.planCode);
    const [current] = await tx
      .select()
      .from(s.reportDrafts)
      .where(and(eq(s.reportDrafts.planId, plan.id), eq(s.reportDrafts.year, req.year), eq(s.reportDrafts.period, req.period)));
    if ((current?.version ?? 0) !== raw.expectedVersion) {
      throw conflict("Bản nháp vừa được người khác lưu. Vui lòng tải lại trang để xem bản mới nhất; nội dung bạn đang soạn vẫn còn trong ô.");
    }
    const version = (current?.version ?? 0) + 1;
    if (current) {
      await tx.update(s.reportDrafts).set({ sections, number, version, updatedAt: new Date(), updatedBy: actor.userId }).where(eq(s.reportDrafts.id, current.id));
    } else {
      await tx.insert(s.reportDrafts).values({ planId: plan.id, year: req.year, period: req.period, sections, number, version, updatedBy: actor.userId });
    }
    await recordAudit(tx, {
      actor,
      action: current ? "update" : "create",
      entity: "report",
      entityId: `${plan.code}/${req.year}/${req.period}`,
      unitId: plan.issuerUnitId,
      before: current ? { number: current.number, ...current.sections } : null,
      after: { number, ...sections },
    });
    return { version };
  });
}

const DONE: ReadonlySet<TaskState> = new Set(["done-on-time", "done-late"]);

/** Fill the report from the database, as of the period's cut-off. */
export async function buildReport(db: DbOrTx, actor: Actor, raw: ReportRequest, today: string): Promise<ReportData> {
  const req = reportRequest.parse(raw);
  const period = reportPeriod(req.period as ReportPeriod, req.year);
  const row = await planFor(db, actor, req.planCode);
  const { plan } = row;
  const asOf = period.to < today ? period.to : today;

  const [dashboard, draft, settings, parent, tasks, reportTo] = await Promise.all([
    getDashboard(db, actor, { unitCode: row.issuerCode, year: req.year, asOf, today }),
    getReportDraft(db, actor, req),
    rootOf(db, plan.issuerUnitId).then((root) => getSettings(db, root)),
    row.issuerParent ? db.select({ name: s.units.name }).from(s.units).where(eq(s.units.id, row.issuerParent)) : Promise.resolve([]),
    db
      .select({
        id: s.tasks.id,
        ordinal: s.tasks.ordinal,
        title: s.tasks.title,
        deadline: s.tasks.deadline,
        status: s.tasks.status,
        completedOn: s.tasks.completedOn,
        leadPrinted: s.tasks.leadPrinted,
      })
      .from(s.tasks)
      .where(and(eq(s.tasks.planId, plan.id), eq(s.tasks.isHeading, false)))
      .orderBy(asc(s.tasks.id)),
    // The province's Home Affairs department receives a district's report.
    rootOf(db, plan.issuerUnitId).then(async (root) => {
      if (root === plan.issuerUnitId) return null;
      const [province] = await db.select({ name: s.units.name, shortName: s.units.shortName }).from(s.units).where(eq(s.units.id, root));
      const [snv] = await db
        .select({ name: s.units.name })
        .from(s.units)
        .where(and(eq(s.units.parentId, root), eq(s.units.name, "Sở Nội vụ")));
      return snv && province ? `${snv.name} tỉnh ${province.shortName ?? province.name}` : null;
    }),
  ]);
  const taskIds = tasks.map((t) => t.id);
  const [leads, evidence] = taskIds.length
    ? await Promise.all([
        db
          .select({ taskId: s.taskUnits.taskId, name: s.units.name })
          .from(s.taskUnits)
          .innerJoin(s.units, eq(s.units.id, s.taskUnits.unitId))
          .where(and(inArray(s.taskUnits.taskId, taskIds), eq(s.taskUnits.role, "lead")))
          .orderBy(asc(s.taskUnits.position)),
        db
          .select({
            taskId: s.evidence.taskId,
            kind: s.evidence.kind,
            originalName: s.evidence.originalName,
            docNumber: s.evidence.docNumber,
            docDate: s.evidence.docDate,
            docIssuer: s.evidence.docIssuer,
          })
          .from(s.evidence)
          .where(and(inArray(s.evidence.taskId, taskIds), lte(s.evidence.addedAt, new Date(`${period.to}T23:59:59+07:00`))))
          .orderBy(asc(s.evidence.id)),
      ])
    : [[], []];

  const calendar: PlanCalendar = { fromYear: plan.fromYear, toYear: plan.toYear, reporting: plan.reportingDeadline ?? null };
  const year = Math.min(plan.toYear, Math.max(plan.fromYear, req.year));
  const judged = tasks.map((t) => {
    const st = judgeTask(
      t,
      calendar,
      year,
      asOf,
      settings.dueSoonDays,
    );
    const leadNames = leads.filter((l) => l.taskId === t.id).map((l) => l.name);
    return { ...t, ...st, lead: leadNames.length ? leadNames.join("; ") : (t.leadPrinted ?? "Chưa rõ") };
  });

  const byLead = new Map<string, ReportLeadRow>();
  for (const t of judged) {
    for (const name of t.lead.split("; ")) {
      const r = byLead.get(name) ?? { unitName: name, total: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0, notDone: 0 };
      r.total++;
      if (t.state === "done-on-time") r.doneOnTime++;
      else if (t.state === "done-late") r.doneLate++;
      else if (t.state === "overdue") r.overdue++;
      else if (t.state === "not-doable") r.notDone++;
      else r.inProgress++;
      byLead.set(name, r);
    }
  }

  const statusText: Record<string, string> = {
    "chua-thuc-hien": "Chưa thực hiện",
    "dang-thuc-hien": "Đang thực hiện",
    "hoan-thanh": "Hoàn thành",
    "hoan-thanh-cham": "Hoàn thành chậm",
    "khong-thuc-hien-duoc": "Không thực hiện được",
  };
  const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  const rows = [...dashboard.components, ...(dashboard.total ? [dashboard.total] : [])];

  return {
    issuer: { parentName: parent[0]?.name ?? null, name: row.issuerName },
    number: draft.number,
    place: row.issuerShort ?? row.issuerName.replace(/^UBND (tỉnh|huyện|thành phố|thị xã|xã|thị trấn) /, ""),
    date: today,
    title: "Báo cáo kết quả thực hiện Kế hoạch cải thiện và nâng cao Chỉ số CCHC",
    plan: { number: plan.number, date: plan.issuedOn, datePrinted: plan.datePrinted, issuer: row.issuerName, title: plan.title },
    period,
    components: rows.map((r, i) => {
      const thisYear = r.last && r.last.year === req.year ? r.last : null;
      const previous = r.last && r.last.year < req.year ? r.last : r.previous;
      return {
        ordinal: r.isTotal ? null : i + 1,
        name: r.isTotal ? "Tổng cộng" : r.name,
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
    flags: dashboard.flags.map((f) => ({ component: f.component, severity: f.severity, reason: f.reason })),
    byLead: [...byLead.values()].sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName, "vi")),
    overdue: judged
      .filter((t) => t.state === "overdue")
      .map((t) => ({ ordinal: t.ordinal, title: t.title, lead: t.lead, due: t.due, status: statusText[t.status] ?? t.status })),
    evidence: judged
      .filter((t) => !DONE.has(t.state) || evidence.some((e) => e.taskId === t.id))
      .map((t) => ({
        taskOrdinal: t.ordinal,
        taskTitle: t.title,
        items: evidence
          .filter((e) => e.taskId === t.id)
          .map((e) =>
            e.kind === "document"
              ? `Văn bản số ${e.docNumber}${e.docDate ? ` ngày ${dmy(e.docDate)}` : ""} của ${e.docIssuer}`
              : `Tệp ${e.originalName}`,
          ),
      }))
      .filter((t) => t.items.length > 0),
    sections: draft.sections,
    recipients: [
      reportTo ?? "Bộ Nội vụ (b/c)",
      `Lãnh đạo ${row.issuerName}`,
      "Các cơ quan, đơn vị liên quan",
      "Lưu: VT, NV",
    ],
    signer: { title: plan.signerTitle ?? "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", name: plan.signerName },
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
