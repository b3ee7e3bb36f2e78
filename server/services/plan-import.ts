import type ExcelJS from "exceljs";
import { and, eq, inArray, isNull, max } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { parseDeadline, type Deadline } from "../domain/deadline";
import type { Actor } from "../domain/permissions";
import { subtree } from "../domain/scope";
import { parseTaskTable, tableFromXlsxRows, type ParsedTaskRow } from "../domain/task-table";
import { createUnitMatcher, unitNameKey, type MatchableUnit, type NameMatch, type UnitCandidate } from "../domain/unit-match";
import { authorize, loadUnitTree } from "./actor";
import { recordAudit } from "./audit";
import { badRequest, notFound } from "./errors";
import { readSpreadsheet } from "../spreadsheet/read";
import { zId } from "../validation/zod";

/**
 * Importing a plan's task table: pasted text (tab-separated, as copied from a document) or an
 * .xlsx file. `previewTaskImport` shows every row with the units its cells name and what blocks
 * saving; the user resolves names (`choices`) and `commitTaskImport` saves all rows in one
 * transaction, or nothing. Both recompute everything from the same input, so what is saved is
 * exactly what the preview showed for it.
 */

/** Above this a paste is not a plan's task table (the largest source appendix has ~100 rows). */
const MAX_ROWS = 2000;
const MAX_TEXT = 1_000_000;
const MAX_XLSX_BYTES = 5 * 1024 * 1024;

export const taskImportInput = z
  .object({
    planCode: z.string().trim().min(1, "Thiếu mã kế hoạch."),
    text: z.string().max(MAX_TEXT, "Bảng dán vào quá dài (tối đa 1.000.000 ký tự).").optional(),
    xlsx: z
      .instanceof(Uint8Array, { message: "Tệp tải lên không hợp lệ." })
      .refine((b) => b.byteLength <= MAX_XLSX_BYTES, "Tệp quá lớn: tối đa 5 MB.")
      .optional(),
    /** Name as printed (as the preview shows it) → the unit the user chose; applies to every occurrence. */
    choices: z.record(z.string().max(1000), zId("Đơn vị đã chọn")).optional(),
  })
  .refine((v) => (v.text !== undefined && v.text.trim() !== "") !== (v.xlsx !== undefined), {
    message: "Hãy dán bảng nhiệm vụ hoặc tải lên một tệp .xlsx (chỉ một trong hai).",
  });
export type TaskImportInput = z.input<typeof taskImportInput>;

export interface ResolvedName extends NameMatch {
  /** The unit's name when matched, for display. */
  unitName?: string;
  /** True when the match comes from the user's choice. */
  chosen: boolean;
}

export interface ImportRowPreview extends ParsedTaskRow {
  lead: ResolvedName[];
  coordinating: ResolvedName[];
  /** Parsed deadline; null when the text names a date that does not exist. */
  deadline: Deadline | null;
  /** What will be saved: a heading has no lead and has rows under it (as seeds/load.ts). */
  savedAsHeading: boolean;
  /** This row's problems, in Vietnamese. */
  errors: string[];
}

export type ImportProblemKind = "empty" | "too-many-rows" | "unknown-unit" | "ambiguous-unit" | "bad-choice" | "no-lead" | "empty-heading" | "bad-deadline";

export interface ImportProblem {
  kind: ImportProblemKind;
  /** Lines of the pasted text (or spreadsheet rows) it concerns. */
  lines: number[];
  message: string;
  /** For unit problems: the name as printed, to use as the key of `choices`. */
  name?: string;
}

export interface UnresolvedName {
  /** Key for `choices`. */
  text: string;
  status: "unknown" | "ambiguous";
  lines: number[];
  candidates: UnitCandidate[];
}

export interface TaskImportPreview {
  plan: { id: number; code: string; number: string | null; title: string };
  rows: ImportRowPreview[];
  warnings: string[];
  /** Anything here blocks saving. */
  problems: ImportProblem[];
  /** Names that need a choice (each once, with every line it appears on). */
  unresolved: UnresolvedName[];
  counts: { rows: number; tasks: number; headings: number };
}

interface PlanRef {
  id: number;
  code: string;
  number: string | null;
  title: string;
  issuerUnitId: number;
}

async function loadPlan(db: DbOrTx, code: string): Promise<PlanRef> {
  const [plan] = await db
    .select({ id: s.plans.id, code: s.plans.code, number: s.plans.number, title: s.plans.title, issuerUnitId: s.plans.issuerUnitId })
    .from(s.plans)
    .where(eq(s.plans.code, code));
  if (!plan) throw notFound("Không tìm thấy kế hoạch.");
  return plan;
}

// ---------------------------------------------------------------------------------------------
// Reading the input

function plainText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) {
    // Dates as Vietnamese write them, so that parseDeadline reads a deadline typed as a date.
    const d = String(value.getUTCDate()).padStart(2, "0");
    const m = String(value.getUTCMonth() + 1).padStart(2, "0");
    return `${d}/${m}/${value.getUTCFullYear()}`;
  }
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("hyperlink" in value) return plainText(value.text as ExcelJS.CellValue);
  if ("error" in value) return "";
  if ("result" in value) return value.result === undefined ? "" : plainText(value.result as ExcelJS.CellValue);
  return "";
}

/**
 * The first sheet with data, as tab-separated text (one line per spreadsheet row). A cell merged
 * down a column ("Sở Nội vụ" leading three rows) repeats in every row of the merge; a merge across
 * columns (a heading) stays in its first cell only.
 */
async function xlsxText(bytes: Uint8Array): Promise<string> {
  const data = await readSpreadsheet({ kind: "xlsx", bytes, fillMergesDown: true, limits: { maxFileBytes: MAX_XLSX_BYTES, maxRows: MAX_ROWS + 50 } });
  if (data.kind !== "xlsx") throw new Error("expected xlsx rows");
  const sheet = data.sheets.find((w) => w.rows.some((r) => r.cells.some((c) => c !== null && plainText(c.value) !== "")));
  if (!sheet) throw badRequest("Tệp .xlsx không có trang tính nào có dữ liệu.");
  const rows: string[][] = [];
  for (const row of sheet.rows) {
    // Index by row number so that line numbers in messages are the spreadsheet's rows.
    rows[row.line - 1] = row.cells.map((c) => (c ? plainText(c.value) : ""));
  }
  return tableFromXlsxRows(Array.from(rows, (r) => r ?? []));
}

async function sourceText(input: z.output<typeof taskImportInput>): Promise<string> {
  return input.xlsx ? xlsxText(input.xlsx) : (input.text ?? "");
}

// ---------------------------------------------------------------------------------------------
// Preview

/** Units the plan may name: its issuer and everything below it, active ones. */
async function planUnits(db: DbOrTx, issuerUnitId: number): Promise<MatchableUnit[]> {
  const tree = await loadUnitTree(db);
  const ids = [...subtree(issuerUnitId, tree)];
  const rows = await db
    .select({ id: s.units.id, code: s.units.code, name: s.units.name, shortName: s.units.shortName, aliases: s.units.aliases })
    .from(s.units)
    .where(and(inArray(s.units.id, ids), eq(s.units.active, true)));
  return rows;
}

function lineList(lines: number[]): string {
  return lines.length <= 5 ? lines.join(", ") : `${lines.slice(0, 5).join(", ")}, …`;
}

function rowLabel(row: ParsedTaskRow): string {
  const title = row.title.length > 50 ? `${row.title.slice(0, 49)}…` : row.title;
  return row.ordinal ? `mục ${row.ordinal} “${title}”` : `“${title}”`;
}

async function buildPreview(db: DbOrTx, plan: PlanRef, text: string, choices: Record<string, number>): Promise<TaskImportPreview> {
  const units = await planUnits(db, plan.issuerUnitId);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const match = createUnitMatcher(units);
  const parsed = parseTaskTable(text);
  const problems: ImportProblem[] = [];

  // Choices are looked up by the same key names are matched by, so "Sở  Nội vụ" chosen once
  // applies to "Sở Nội vụ" elsewhere.
  const chosen = new Map<string, number>();
  for (const [name, unitId] of Object.entries(choices)) {
    if (unitById.has(unitId)) chosen.set(unitNameKey(name), unitId);
    else {
      problems.push({
        kind: "bad-choice",
        lines: [],
        name,
        message: `Đơn vị đã chọn cho “${name}” không thuộc phạm vi của kế hoạch này (hoặc không còn hoạt động). Hãy chọn lại.`,
      });
    }
  }

  const unresolved = new Map<string, UnresolvedName>();
  const resolve = (cell: string, line: number): ResolvedName[] =>
    match(cell).map((piece): ResolvedName => {
      const choice = chosen.get(unitNameKey(piece.text));
      if (choice !== undefined) {
        return { text: piece.text, status: "matched", unitId: choice, unitName: unitById.get(choice)!.name, chosen: true };
      }
      if (piece.status === "unknown" || piece.status === "ambiguous") {
        const key = unitNameKey(piece.text);
        const entry = unresolved.get(key) ?? { text: piece.text, status: piece.status, lines: [], candidates: piece.candidates ?? [] };
        if (!entry.lines.includes(line)) entry.lines.push(line);
        unresolved.set(key, entry);
      }
      const unitName = piece.unitId !== undefined ? unitById.get(piece.unitId)?.name : undefined;
      return { ...piece, ...(unitName ? { unitName } : {}), chosen: false };
    });

  const rows = parsed.rows.map((row, i): ImportRowPreview => {
    const hasChildren = (parsed.rows[i + 1]?.depth ?? -1) > row.depth;
    const errors: string[] = [];
    const deadline = parseDeadline(row.deadlineText);
    if (!deadline) {
      const message = `Dòng ${row.line}: thời hạn “${row.deadlineText}” không phải là ngày có thật.`;
      errors.push(message);
      problems.push({ kind: "bad-deadline", lines: [row.line], message });
    }
    const savedAsHeading = row.leadText === "" && hasChildren;
    if (row.leadText === "" && !hasChildren) {
      const message = row.isHeading
        ? `Dòng ${row.line}: đề mục ${rowLabel(row)} không có nhiệm vụ nào bên dưới. Bảng có bị cắt mất phần cuối không?`
        : `Dòng ${row.line}: nhiệm vụ ${rowLabel(row)} chưa có đơn vị chủ trì.`;
      errors.push(message);
      problems.push({ kind: row.isHeading ? "empty-heading" : "no-lead", lines: [row.line], message });
    }
    return {
      ...row,
      lead: resolve(row.leadText, row.line),
      coordinating: resolve(row.coordinatingText, row.line),
      deadline,
      savedAsHeading,
      errors,
    };
  });

  for (const name of unresolved.values()) {
    const where = `dòng ${lineList(name.lines)}`;
    const message =
      name.status === "ambiguous"
        ? `Tên “${name.text}” (${where}) ứng với nhiều đơn vị: ${name.candidates.map((c) => c.name).join("; ")}. Hãy chọn một.`
        : `Chưa xác định được đơn vị “${name.text}” (${where}). Hãy chọn đơn vị tương ứng hoặc sửa tên trong bảng.`;
    problems.push({ kind: name.status === "ambiguous" ? "ambiguous-unit" : "unknown-unit", lines: name.lines, name: name.text, message });
    for (const row of rows) if (name.lines.includes(row.line)) row.errors.push(message);
  }
  if (rows.length === 0) {
    problems.push({
      kind: "empty",
      lines: [],
      message:
        "Không tìm thấy dòng nhiệm vụ nào. Hãy dán bảng có các cột cách nhau bằng dấu tab (sao chép trực tiếp từ Word hoặc Excel), hoặc tải lên tệp .xlsx.",
    });
  }
  if (rows.length > MAX_ROWS) {
    problems.push({ kind: "too-many-rows", lines: [], message: `Bảng có ${rows.length} dòng, quá ${MAX_ROWS} dòng cho một lần nhập. Hãy chia nhỏ.` });
  }
  // Problems in the order of the table; the ones without a line (choices, empty table) first.
  problems.sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0));

  const headings = rows.filter((r) => r.savedAsHeading).length;
  return {
    plan: { id: plan.id, code: plan.code, number: plan.number, title: plan.title },
    rows,
    warnings: parsed.warnings,
    problems,
    unresolved: [...unresolved.values()],
    counts: { rows: rows.length, tasks: rows.length - headings, headings },
  };
}

/**
 * What importing this table into the plan would do: every row with its units, deadline and
 * errors, the warnings of the parser, and the problems that block saving. Writes nothing.
 */
export async function previewTaskImport(db: DbOrTx, actor: Actor, raw: TaskImportInput): Promise<TaskImportPreview> {
  const input = taskImportInput.parse(raw);
  const plan = await loadPlan(db, input.planCode);
  authorize(actor, { kind: "manage", unitId: plan.issuerUnitId });
  return buildPreview(db, plan, await sourceText(input), input.choices ?? {});
}

// ---------------------------------------------------------------------------------------------
// Commit

function unitIdsOf(names: readonly ResolvedName[]): number[] {
  return [...new Set(names.flatMap((n) => (n.status === "matched" && n.unitId !== undefined ? [n.unitId] : [])))];
}

/**
 * Save the table's rows under the plan, after its existing top-level rows, in one transaction:
 * all rows, their units and one audit entry, or nothing. Refuses while any problem remains.
 */
export async function commitTaskImport(db: Db, actor: Actor, raw: TaskImportInput): Promise<{ inserted: number }> {
  const input = taskImportInput.parse(raw);
  const outside = await loadPlan(db, input.planCode);
  authorize(actor, { kind: "manage", unitId: outside.issuerUnitId });
  const text = await sourceText(input);
  return db.transaction(async (tx) => {
    const plan = await loadPlan(tx, input.planCode);
    const preview = await buildPreview(tx, plan, text, input.choices ?? {});
    if (preview.problems.length > 0) {
      const first = preview.problems.slice(0, 3).map((p) => p.message);
      const more = preview.problems.length > 3 ? ` (và ${preview.problems.length - 3} vấn đề khác)` : "";
      throw badRequest(`Chưa thể lưu: còn ${preview.problems.length} vấn đề cần xử lý. ${first.join(" ")}${more}`, {
        problems: preview.problems,
      });
    }

    const [last] = await tx
      .select({ position: max(s.tasks.position) })
      .from(s.tasks)
      .where(and(eq(s.tasks.planId, plan.id), isNull(s.tasks.parentId)));
    let topPosition = last?.position ?? 0;
    const firstPosition = topPosition + 1;

    // Open ancestors of the current row, as in seeds/load.ts: a row's parent is the nearest
    // preceding row with a smaller depth.
    const stack: Array<{ depth: number; id: number; children: number }> = [];
    const links: Array<typeof s.taskUnits.$inferInsert> = [];
    for (const row of preview.rows) {
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= row.depth) stack.pop();
      const parent = stack[stack.length - 1];
      const position = parent ? ++parent.children : ++topPosition;
      const deadline = row.deadline ?? { kind: "none" as const };
      const [inserted] = await tx
        .insert(s.tasks)
        .values({
          planId: plan.id,
          parentId: parent?.id ?? null,
          position,
          ordinal: row.ordinal,
          title: row.title,
          isHeading: row.savedAsHeading,
          leadPrinted: row.leadText || null,
          coordinatingPrinted: row.coordinatingText || null,
          deadlineText: row.deadlineText || null,
          deadlineKind: deadline.kind,
          deadline,
          evidenceRequired: row.evidenceText || null,
        })
        .returning({ id: s.tasks.id });
      const taskId = inserted!.id;
      stack.push({ depth: row.depth, id: taskId, children: 0 });
      unitIdsOf(row.lead).forEach((unitId, p) => links.push({ taskId, unitId, role: "lead", position: p }));
      unitIdsOf(row.coordinating).forEach((unitId, p) => links.push({ taskId, unitId, role: "coordinating", position: p }));
    }
    if (links.length > 0) await tx.insert(s.taskUnits).values(links);
    await tx.update(s.plans).set({ updatedAt: new Date() }).where(eq(s.plans.id, plan.id));

    const inserted = preview.rows.length;
    await recordAudit(tx, {
      actor,
      action: "create",
      entity: "plan",
      entityId: plan.id,
      unitId: plan.issuerUnitId,
      after: {
        inserted,
        tasks: preview.counts.tasks,
        headings: preview.counts.headings,
        source: input.xlsx ? "xlsx" : "text",
        firstPosition,
        choices: input.choices ?? {},
      },
      note: `Nhập ${inserted} nhiệm vụ từ bảng`,
    });
    return { inserted };
  });
}
