import { loadExcelJS } from "../runtime/exceljs";
import { and, asc, desc, eq, inArray, notInArray } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { FRAMEWORK_COLUMNS, SCORING_LABELS, frameworkMaxPoints, parseFrameworkRows, type ParsedComponent } from "../domain/framework-import";
import { can, type Actor } from "../domain/permissions";
import { recordAudit } from "./audit";
import { badRequest, conflict, forbidden, notFound } from "./errors";
import { readWorkbookText } from "./framework-sheet";

/**
 * Bộ chỉ số: imported from the XLSX template, or copied from last year's; the issuing decision
 * recorded. Home Affairs (Phòng/Sở Nội vụ) manages the frameworks of its government.
 */

const headerInput = z.object({
  code: z.string().trim().min(3, "Mã bộ chỉ số cần ít nhất 3 ký tự.").max(80).regex(/^[a-z0-9-]+$/, "Mã bộ chỉ số chỉ gồm chữ thường không dấu, số và dấu gạch ngang."),
  name: z.string().trim().min(5, "Vui lòng nhập tên bộ chỉ số.").max(300),
  level: z.enum(["province", "provincial-agency", "district", "commune"], { error: "Cấp áp dụng không hợp lệ." }),
  fromYear: z.coerce.number().int().min(2000, "Năm áp dụng không hợp lệ.").max(2100, "Năm áp dụng không hợp lệ."),
  decision: z.string().trim().min(5, "Vui lòng ghi quyết định ban hành bộ chỉ số (số, ngày, cơ quan).").max(300),
});
export type FrameworkHeader = z.infer<typeof headerInput>;

/** The government unit an actor's Home Affairs office works for (the root of its scope), checked for "manage". */
async function issuerFor(db: DbOrTx, actor: Actor): Promise<number> {
  const [gov] = await db.select({ id: s.units.id, parentId: s.units.parentId }).from(s.units).where(eq(s.units.id, actor.unitId));
  if (!gov) throw forbidden();
  const candidates = [...actor.scope];
  const rows = candidates.length ? await db.select({ id: s.units.id, parentId: s.units.parentId }).from(s.units) : [];
  const root = rows.find((r) => actor.scope.has(r.id) && (r.parentId === null || !actor.scope.has(r.parentId)));
  const issuer = root?.id ?? actor.unitId;
  if (!can(actor, { kind: "manage", unitId: issuer })) throw forbidden("Chỉ cán bộ Nội vụ được quản lý bộ chỉ số.");
  return issuer;
}

async function catalogue(db: DbOrTx) {
  return db.select({ key: s.components.key, name: s.components.name, kind: s.components.kind }).from(s.components).orderBy(asc(s.components.position));
}

async function insertTree(tx: DbOrTx, frameworkId: number, components: ParsedComponent[], kinds: Map<string, string>) {
  let criteriaCount = 0;
  for (const [ci, comp] of components.entries()) {
    const kind = comp.criteria.length && comp.criteria.every((c) => c.scoring === "survey") ? "survey" : ((kinds.get(comp.key) ?? "appraised") as "appraised" | "survey" | "sipas");
    const [fc] = await tx
      .insert(s.frameworkComponents)
      .values({ frameworkId, componentKey: comp.key, position: ci + 1, name: comp.name, maxPoints: comp.max, kind: kind === "sipas" ? "sipas" : kind })
      .returning({ id: s.frameworkComponents.id });
    const ids = new Map<string, number>();
    for (const [i, c] of comp.criteria.entries()) {
      const [row] = await tx
        .insert(s.criteria)
        .values({
          frameworkComponentId: fc!.id,
          parentId: c.parentOrdinal ? (ids.get(c.parentOrdinal) ?? null) : null,
          ordinal: c.ordinal,
          title: c.title,
          maxPoints: c.max,
          evidenceRequired: c.evidence,
          position: i + 1,
          scoring: c.scoring,
          steps: c.steps,
          appraiserPrinted: c.appraiser,
        })
        .returning({ id: s.criteria.id });
      if (c.ordinal) ids.set(c.ordinal, row!.id);
      criteriaCount++;
    }
  }
  return criteriaCount;
}

export interface FrameworkImportOutcome {
  ok: boolean;
  errors: Array<{ line: number; message: string }>;
  frameworkId: number | null;
  components: number;
  criteria: number;
}

/** The template's criteria sheet, read and checked against the component catalogue. */
async function readFrameworkFile(db: DbOrTx, file: { name: string; bytes: Uint8Array }) {
  if (!/\.xlsx$/i.test(file.name.trim())) throw badRequest("Chỉ nhận tệp .xlsx theo mẫu bộ chỉ số.");
  const sheets = await readWorkbookText(file.bytes);
  const sheet = sheets.find((sh) => sh.name === "Tiêu chí") ?? sheets[0];
  if (!sheet) throw badRequest("Tệp không có trang tính nào.");
  const cat = await catalogue(db);
  return { parsed: parseFrameworkRows(sheet.rows, cat), kinds: new Map(cat.map((c) => [c.key, c.kind])) };
}

/** Import a framework from the template: every row checked first; nothing is written unless all pass. */
export async function importFramework(db: Db, actor: Actor, rawHeader: unknown, file: { name: string; bytes: Uint8Array }): Promise<FrameworkImportOutcome> {
  const header = headerInput.parse(rawHeader);
  const issuer = await issuerFor(db, actor);
  const { parsed, kinds } = await readFrameworkFile(db, file);
  if (parsed.errors.length) return { ok: false, errors: parsed.errors, frameworkId: null, components: 0, criteria: 0 };
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: s.frameworks.id }).from(s.frameworks).where(eq(s.frameworks.code, header.code));
    if (taken) throw conflict(`Mã bộ chỉ số "${header.code}" đã có; hãy chọn mã khác.`);
    const total = frameworkMaxPoints(parsed.components);
    const [fw] = await tx
      .insert(s.frameworks)
      .values({ code: header.code, name: header.name, level: header.level, fromYear: header.fromYear, decision: header.decision, issuerUnitId: issuer, maxPoints: total || null })
      .returning({ id: s.frameworks.id });
    const criteria = await insertTree(tx, fw!.id, parsed.components, kinds);
    await recordAudit(tx, { actor, action: "create", entity: "framework", entityId: fw!.id, unitId: issuer, after: { ...header, components: parsed.components.length, criteria }, note: `Nhập bộ chỉ số từ tệp ${file.name}` });
    return { ok: true, errors: [], frameworkId: fw!.id, components: parsed.components.length, criteria };
  });
}

/**
 * Import the criteria of a framework that has none yet (one a decision cites, shipped without its
 * criteria): its components are replaced by the file's, keys from the catalogue. Refused once any
 * unit has scored under it. The council keeps the components that remain.
 */
export async function importFrameworkCriteria(db: Db, actor: Actor, frameworkId: number, file: { name: string; bytes: Uint8Array }): Promise<FrameworkImportOutcome> {
  const [fw] = await db.select().from(s.frameworks).where(eq(s.frameworks.id, frameworkId));
  if (!fw) throw notFound("Không tìm thấy bộ chỉ số.");
  if (fw.issuerUnitId === null || !can(actor, { kind: "manage", unitId: fw.issuerUnitId })) throw forbidden("Chỉ cán bộ Nội vụ của cơ quan ban hành được nhập tiêu chí cho bộ chỉ số này.");
  const { parsed, kinds } = await readFrameworkFile(db, file);
  if (parsed.errors.length) return { ok: false, errors: parsed.errors, frameworkId: null, components: 0, criteria: 0 };
  return db.transaction(async (tx) => {
    if (await frameworkHasCriteria(tx, frameworkId)) throw conflict("Bộ chỉ số này đã có tiêu chí; hãy sao chép thành bộ chỉ số mới để sửa.");
    const cycles = await tx.select({ id: s.cycles.id }).from(s.cycles).where(eq(s.cycles.frameworkId, frameworkId));
    const ids = cycles.map((c) => c.id);
    if (ids.length) {
      const [scored] = await tx.select({ id: s.assessments.id }).from(s.assessments).where(inArray(s.assessments.cycleId, ids)).limit(1);
      if (scored) throw conflict("Đã có đơn vị chấm điểm theo bộ chỉ số này; không thể thay tiêu chí.");
    }
    const before = await tx.select({ key: s.frameworkComponents.componentKey }).from(s.frameworkComponents).where(eq(s.frameworkComponents.frameworkId, frameworkId));
    await tx.delete(s.frameworkComponents).where(eq(s.frameworkComponents.frameworkId, frameworkId));
    const criteria = await insertTree(tx, frameworkId, parsed.components, kinds);
    const keys = parsed.components.map((c) => c.key);
    if (ids.length) await tx.delete(s.councilAssignments).where(and(inArray(s.councilAssignments.cycleId, ids), notInArray(s.councilAssignments.componentKey, keys)));
    const total = frameworkMaxPoints(parsed.components);
    await tx.update(s.frameworks).set({ maxPoints: total || null }).where(eq(s.frameworks.id, frameworkId));
    await recordAudit(tx, { actor, action: "update", entity: "framework", entityId: frameworkId, unitId: fw.issuerUnitId, before: { components: before.map((b) => b.key), criteria: 0 }, after: { components: keys, criteria }, note: `Nhập tiêu chí từ tệp ${file.name}` });
    return { ok: true, errors: [], frameworkId, components: parsed.components.length, criteria };
  });
}

const criterionEdit = z.object({
  criterionId: z.number().int().positive(),
  title: z.string().trim().min(3, "Vui lòng nhập tên tiêu chí.").max(1000, "Tên tiêu chí quá dài."),
  max: z.number({ error: "Điểm tối đa phải là một số." }).min(0, "Điểm tối đa không được âm.").max(1000, "Điểm tối đa quá lớn."),
  scoring: z.enum(["steps", "range", "survey"], { error: "Cách chấm không hợp lệ." }),
  steps: z.array(z.number().min(0, "Mức điểm không được âm.")).max(20).nullable(),
  evidence: z.string().trim().max(1000, "Nội dung quá dài.").nullable(),
  appraiser: z.string().trim().max(300, "Nội dung quá dài.").nullable(),
});

/** Edit one criterion in the app (a typo, a maximum, its steps): only before any unit has scored it. */
export async function updateCriterion(db: Db, actor: Actor, raw: unknown): Promise<void> {
  const input = criterionEdit.parse(raw);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ criterion: s.criteria, issuerUnitId: s.frameworks.issuerUnitId })
      .from(s.criteria)
      .innerJoin(s.frameworkComponents, eq(s.frameworkComponents.id, s.criteria.frameworkComponentId))
      .innerJoin(s.frameworks, eq(s.frameworks.id, s.frameworkComponents.frameworkId))
      .where(eq(s.criteria.id, input.criterionId));
    if (!row) throw notFound("Không tìm thấy tiêu chí.");
    if (row.issuerUnitId === null || !can(actor, { kind: "manage", unitId: row.issuerUnitId })) throw forbidden("Chỉ cán bộ Nội vụ của cơ quan ban hành được sửa bộ chỉ số này.");
    const [scored] = await tx.select({ id: s.assessments.id }).from(s.assessments).where(eq(s.assessments.criterionId, input.criterionId)).limit(1);
    if (scored) throw conflict("Đã có đơn vị chấm tiêu chí này; không thể sửa. Hãy sao chép thành bộ chỉ số năm sau để sửa.");
    let steps: number[] | null = null;
    if (input.scoring === "steps") {
      steps = [...new Set((input.steps ?? []).map((v) => Math.round(v * 100) / 100))].sort((a, b) => a - b);
      if (steps.length < 2) throw badRequest("Cách chấm theo mức cần ít nhất hai mức điểm, ví dụ 0; 0,5; 1.");
      if (steps.some((v) => Math.round(v * 100) > Math.round(input.max * 100))) throw badRequest("Mức điểm không được vượt điểm tối đa.");
    }
    const after = { title: input.title, maxPoints: input.max, scoring: input.scoring, steps, evidenceRequired: input.evidence || null, appraiserPrinted: input.appraiser || null };
    await tx.update(s.criteria).set(after).where(eq(s.criteria.id, input.criterionId));
    const c = row.criterion;
    await recordAudit(tx, { actor, action: "update", entity: "criterion", entityId: c.id, unitId: row.issuerUnitId, before: { title: c.title, maxPoints: c.maxPoints, scoring: c.scoring, steps: c.steps, evidenceRequired: c.evidenceRequired, appraiserPrinted: c.appraiserPrinted }, after });
  });
}

/** One framework with its components and criteria, for its page. */
export async function frameworkDetail(db: DbOrTx, actor: Actor, frameworkId: number) {
  const [fw] = await db.select().from(s.frameworks).where(eq(s.frameworks.id, frameworkId));
  if (!fw) throw notFound("Không tìm thấy bộ chỉ số.");
  const visible = fw.issuerUnitId === null || actor.roles.includes("quan-tri") || actor.scope.has(fw.issuerUnitId) || can(actor, { kind: "view", unitId: fw.issuerUnitId });
  if (!visible) throw forbidden();
  const components = await db.select().from(s.frameworkComponents).where(eq(s.frameworkComponents.frameworkId, frameworkId)).orderBy(asc(s.frameworkComponents.position));
  const criteria = components.length
    ? await db.select().from(s.criteria).where(inArray(s.criteria.frameworkComponentId, components.map((c) => c.id))).orderBy(asc(s.criteria.position), asc(s.criteria.id))
    : [];
  const scored = criteria.length
    ? new Set((await db.selectDistinct({ id: s.assessments.criterionId }).from(s.assessments).where(inArray(s.assessments.criterionId, criteria.map((c) => c.id)))).map((r) => r.id))
    : new Set<number>();
  const mayEdit = fw.issuerUnitId !== null && can(actor, { kind: "manage", unitId: fw.issuerUnitId });
  return { framework: fw, components: components.map((c) => ({ ...c, criteria: criteria.filter((k) => k.frameworkComponentId === c.id).map((k) => ({ ...k, scored: scored.has(k.id) })) })), mayEdit };
}

/** A new year's framework as a copy of another: same components (keys kept) and criteria. */
export async function copyFramework(db: Db, actor: Actor, raw: unknown): Promise<{ frameworkId: number }> {
  const input = headerInput.extend({ fromId: z.number().int().positive() }).parse(raw);
  const issuer = await issuerFor(db, actor);
  return db.transaction(async (tx) => {
    const [src] = await tx.select().from(s.frameworks).where(eq(s.frameworks.id, input.fromId));
    if (!src) throw notFound("Không tìm thấy bộ chỉ số để sao chép.");
    if (src.issuerUnitId !== null && !can(actor, { kind: "view", unitId: src.issuerUnitId })) throw forbidden();
    const [taken] = await tx.select({ id: s.frameworks.id }).from(s.frameworks).where(eq(s.frameworks.code, input.code));
    if (taken) throw conflict(`Mã bộ chỉ số "${input.code}" đã có; hãy chọn mã khác.`);
    const [fw] = await tx
      .insert(s.frameworks)
      .values({ code: input.code, name: input.name, level: input.level, fromYear: input.fromYear, decision: input.decision, issuerUnitId: issuer, maxPoints: src.maxPoints, copiedFromId: src.id })
      .returning({ id: s.frameworks.id });
    const comps = await tx.select().from(s.frameworkComponents).where(eq(s.frameworkComponents.frameworkId, src.id)).orderBy(asc(s.frameworkComponents.position));
    for (const c of comps) {
      const [nc] = await tx
        .insert(s.frameworkComponents)
        .values({ frameworkId: fw!.id, componentKey: c.componentKey, position: c.position, name: c.name, maxPoints: c.maxPoints, kind: c.kind })
        .returning({ id: s.frameworkComponents.id });
      const crit = await tx.select().from(s.criteria).where(eq(s.criteria.frameworkComponentId, c.id)).orderBy(asc(s.criteria.position), asc(s.criteria.id));
      const map = new Map<number, number>();
      for (const k of crit) {
        const [nk] = await tx
          .insert(s.criteria)
          .values({
            frameworkComponentId: nc!.id,
            parentId: k.parentId ? (map.get(k.parentId) ?? null) : null,
            ordinal: k.ordinal,
            title: k.title,
            maxPoints: k.maxPoints,
            evidenceRequired: k.evidenceRequired,
            position: k.position,
            scoring: k.scoring,
            steps: k.steps,
            step: k.step,
            appraiserPrinted: k.appraiserPrinted,
          })
          .returning({ id: s.criteria.id });
        map.set(k.id, nk!.id);
      }
    }
    await recordAudit(tx, { actor, action: "create", entity: "framework", entityId: fw!.id, unitId: issuer, after: input, note: `Sao chép từ bộ chỉ số ${src.code}` });
    return { frameworkId: fw!.id };
  });
}

/** Frameworks the actor may see (its government's and those above it), newest first, with counts. */
export async function listFrameworks(db: DbOrTx, actor: Actor) {
  const rows = await db
    .select({ id: s.frameworks.id, code: s.frameworks.code, name: s.frameworks.name, level: s.frameworks.level, fromYear: s.frameworks.fromYear, decision: s.frameworks.decision, issuerUnitId: s.frameworks.issuerUnitId })
    .from(s.frameworks)
    .orderBy(desc(s.frameworks.fromYear), asc(s.frameworks.name));
  const counts = await db
    .select({ frameworkId: s.frameworkComponents.frameworkId, id: s.criteria.id })
    .from(s.criteria)
    .innerJoin(s.frameworkComponents, eq(s.frameworkComponents.id, s.criteria.frameworkComponentId));
  const per = new Map<number, number>();
  for (const c of counts) per.set(c.frameworkId, (per.get(c.frameworkId) ?? 0) + 1);
  return rows
    .filter((r) => r.issuerUnitId === null || actor.roles.includes("quan-tri") || actor.scope.has(r.issuerUnitId) || can(actor, { kind: "view", unitId: r.issuerUnitId }))
    .map((r) => ({ ...r, criteria: per.get(r.id) ?? 0 }));
}

/** The template: the criteria sheet with two sample rows, the component catalogue, and instructions. */
export async function frameworkTemplate(db: DbOrTx): Promise<Uint8Array> {
  const cat = await catalogue(db);
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = "Theo dõi Chỉ số CCHC";
  const sheet = wb.addWorksheet("Tiêu chí", { views: [{ state: "frozen", ySplit: 1 }] });
  const widths = [26, 30, 8, 60, 12, 16, 18, 40, 28];
  sheet.columns = FRAMEWORK_COLUMNS.map((c, i) => ({ header: c.header, key: c.field, width: widths[i] }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: "middle" };
  for (let r = 2; r <= 400; r++) {
    sheet.getCell(`A${r}`).dataValidation = { type: "list", allowBlank: true, formulae: [`'Chỉ số'!$A$2:$A$${cat.length + 1}`] };
    sheet.getCell(`F${r}`).dataValidation = { type: "list", allowBlank: true, formulae: [`"${Object.values(SCORING_LABELS).join(",")}"`] };
  }
  const compSheet = wb.addWorksheet("Chỉ số");
  compSheet.columns = [
    { header: "Mã chỉ số thành phần", key: "key", width: 30 },
    { header: "Tên trong danh mục", key: "name", width: 60 },
  ];
  compSheet.getRow(1).font = { bold: true };
  for (const c of cat.filter((c) => c.key !== "tong")) compSheet.addRow({ key: c.key, name: c.name });
  const help = wb.addWorksheet("Hướng dẫn");
  help.getColumn(1).width = 120;
  const lines = [
    "HƯỚNG DẪN ĐIỀN MẪU BỘ CHỈ SỐ",
    "1. Mỗi chỉ số thành phần bắt đầu bằng một dòng: cột A ghi mã chỉ số thành phần (chọn trong trang \"Chỉ số\"), cột B tên như quyết định ghi, cột E điểm tối đa; để trống cột D.",
    "2. Các dòng tiêu chí bên dưới: cột C ghi STT như văn bản (1, 2, 2.1...), cột D tên tiêu chí, cột E điểm tối đa. STT \"2.1\" là tiêu chí thành phần của tiêu chí \"2\".",
    "3. Cột F \"Cách chấm\": \"Theo mức\" (chỉ được chấm một trong các mức ở cột G, cách nhau bởi dấu chấm phẩy, ví dụ 0; 0,5; 1), \"Trong khoảng\" (từ 0 đến điểm tối đa) hoặc \"Điều tra XHH\" (điểm lấy từ kết quả điều tra, đơn vị không tự chấm).",
    "4. Cột H ghi tài liệu kiểm chứng phải nộp; cột I ghi cơ quan thẩm định tiêu chí.",
    "5. Số thập phân dùng dấu phẩy (1,5). Không thêm cột, không đổi tên cột ở dòng 1.",
    "6. Khi nhập, hệ thống kiểm tra toàn bộ tệp; nếu có lỗi, không dòng nào được ghi và danh sách lỗi ghi rõ số dòng.",
  ];
  lines.forEach((l, i) => {
    const cell = help.getCell(`A${i + 1}`);
    cell.value = l;
    cell.alignment = { wrapText: true };
    if (i === 0) cell.font = { bold: true };
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Is a framework usable by a cycle (has criteria)? */
export async function frameworkHasCriteria(db: DbOrTx, frameworkId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: s.criteria.id })
    .from(s.criteria)
    .innerJoin(s.frameworkComponents, and(eq(s.frameworkComponents.id, s.criteria.frameworkComponentId), eq(s.frameworkComponents.frameworkId, frameworkId)))
    .limit(1);
  return row !== undefined;
}
