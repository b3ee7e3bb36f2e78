import ExcelJS from "exceljs";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { syncDemoAccounts } from "../auth/demo";
import { createTestDb } from "../testing/db";
import { loadActor, type SessionUser } from "./actor";
import { ServiceError } from "./errors";
import {
  commitResultsImport,
  deleteResult,
  previewResultsImport,
  readUpload,
  saveResult,
} from "./results";
import { deleteTarget, saveTarget } from "./targets";
import { resultsTemplate } from "./results-template";

let h: DbHandle;
const actors = new Map<string, SessionUser>();
const as = (username: string): SessionUser => {
  const a = actors.get(username);
  if (!a) throw new Error(`no actor ${username}`);
  return a;
};

beforeAll(async () => {
  h = await createTestDb();
  await loadSeeds(h.db);
  await syncDemoAccounts(h.db, true);
  for (const u of await h.db.select({ id: s.users.id, username: s.users.username }).from(s.users)) {
    const actor = await loadActor(h.db, u.id);
    if (actor) actors.set(u.username, actor);
  }
});
afterAll(async () => {
  await h?.close();
});

async function unitId(code: string): Promise<number> {
  const [u] = await h.db.select({ id: s.units.id }).from(s.units).where(eq(s.units.code, code));
  if (!u) throw new Error(`no unit ${code}`);
  return u.id;
}

async function resultsOf(code: string, year: number) {
  return h.db
    .select({
      componentKey: s.results.componentKey,
      points: s.results.points,
      maxPoints: s.results.maxPoints,
      percent: s.results.percent,
      rank: s.results.rank,
      rankOf: s.results.rankOf,
      source: s.results.source,
    })
    .from(s.results)
    .where(and(eq(s.results.unitId, await unitId(code)), eq(s.results.year, year)))
    .orderBy(s.results.componentKey, s.results.source);
}

/** Everything a refused or failed write could have touched. */
async function fingerprint(): Promise<string> {
  const rows = await h.db.execute(sql`
    select
      (select count(*) from ${s.auditLog}) as audit,
      (select count(*) from ${s.targets}) as targets,
      (select count(*) from ${s.targetUnits}) as target_units,
      (select string_agg(concat_ws(':', ${s.results.id}, ${s.results.points}, ${s.results.percent}, ${s.results.rank}, ${s.results.rankOf}), ',' order by ${s.results.id}) from ${s.results}) as results`);
  return JSON.stringify(Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows);
}

async function caught(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (e) {
    return e;
  }
  throw new Error("expected the call to fail");
}

const csv = (text: string, bom = true) => ({
  name: "ket-qua.csv",
  bytes: new TextEncoder().encode((bom ? "\uFEFF" : "") + text),
});

describe("saving one result", () => {
  const banBo = {
    unitCode: "lai-chau.tam-duong.xa-ban-bo",
    year: 2024,
    componentKey: "tong",
    percent: "81,5",
    rank: 3,
    rankOf: 14,
    source: "appraised",
  };

  it("Phòng Nội vụ Tam Đường saves a commune's result, and it is audited", async () => {
    const outcome = await saveResult(h.db, as("noivu.tamduong"), banBo);
    expect(outcome.action).toBe("insert");
    expect(await resultsOf("lai-chau.tam-duong.xa-ban-bo", 2024)).toEqual([
      { componentKey: "tong", points: null, maxPoints: null, percent: 81.5, rank: 3, rankOf: 14, source: "appraised" },
    ]);
    const [entry] = await h.db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.entity, "result"), eq(s.auditLog.entityId, String(outcome.id))));
    expect(entry).toMatchObject({
      action: "create",
      userId: as("noivu.tamduong").userId,
      unitId: await unitId("lai-chau.tam-duong.xa-ban-bo"),
      before: null,
      after: { unit: "lai-chau.tam-duong.xa-ban-bo", year: 2024, componentKey: "tong", percent: 81.5, rank: 3, rankOf: 14, source: "appraised" },
    });
  });

  it("saving again corrects the same row, with before and after in the trail; identical figures change nothing", async () => {
    const first = await saveResult(h.db, as("noivu.tamduong"), { ...banBo, percent: 82.25 });
    expect(first.action).toBe("update");
    const rows = await resultsOf("lai-chau.tam-duong.xa-ban-bo", 2024);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.percent).toBe(82.25);
    const [entry] = await h.db
      .select({ action: s.auditLog.action, before: s.auditLog.before, after: s.auditLog.after })
      .from(s.auditLog)
      .where(and(eq(s.auditLog.entity, "result"), eq(s.auditLog.entityId, String(first.id))))
      .orderBy(sql`${s.auditLog.id} desc`)
      .limit(1);
    expect(entry).toMatchObject({ action: "update", before: { percent: 81.5 }, after: { percent: 82.25 } });

    const before = await fingerprint();
    expect((await saveResult(h.db, as("noivu.tamduong"), { ...banBo, percent: 82.25 })).action).toBe("unchanged");
    expect(await fingerprint()).toBe(before);
  });

  it("Sở Nội vụ Quảng Nam is refused with FORBIDDEN and nothing changes", async () => {
    const before = await fingerprint();
    const error = await caught(saveResult(h.db, as("snv.quangnam"), { ...banBo, percent: 10 }));
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe("FORBIDDEN");
    expect(await fingerprint()).toBe(before);
  });

  it("a unit officer (don-vi) may not save results either", async () => {
    const error = await caught(saveResult(h.db, as("taichinh.tamduong"), { ...banBo, year: 2022 }));
    expect((error as ServiceError).code).toBe("FORBIDDEN");
  });

  it("refuses inconsistent figures with a Vietnamese message", async () => {
    const error = await caught(saveResult(h.db, as("noivu.tamduong"), { ...banBo, rank: 15, rankOf: 14 }));
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues[0]?.message).toBe("Thứ hạng 15 lớn hơn tổng số 14 đơn vị xếp hạng.");
    const noScore = await caught(saveResult(h.db, as("noivu.tamduong"), { unitCode: banBo.unitCode, year: 2024, componentKey: "tong" }));
    expect((noScore as ZodError).issues[0]?.message).toBe("Dòng chưa có điểm, tỷ lệ hay thứ hạng: hãy nhập ít nhất một trong ba.");
  });

  it("deletes a result with the figures kept in the trail", async () => {
    const { id } = await saveResult(h.db, as("noivu.tamduong"), { ...banBo, year: 2021 });
    await expect(deleteResult(h.db, as("snv.quangnam"), { id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteResult(h.db, as("noivu.tamduong"), { id });
    expect(await resultsOf("lai-chau.tam-duong.xa-ban-bo", 2021)).toEqual([]);
    const [entry] = await h.db
      .select({ action: s.auditLog.action, before: s.auditLog.before })
      .from(s.auditLog)
      .where(and(eq(s.auditLog.entity, "result"), eq(s.auditLog.entityId, String(id)), eq(s.auditLog.action, "delete")));
    expect(entry).toMatchObject({ action: "delete", before: { year: 2021, percent: 81.5 } });
    await expect(deleteResult(h.db, as("noivu.tamduong"), { id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("importing a CSV file", () => {
  const file = csv(
    [
      "Mã đơn vị;Năm;Chỉ số thành phần;Điểm;Điểm tối đa;Tỷ lệ (%);Thứ hạng;Trên tổng số;Nguồn",
      "lai-chau.tam-duong.xa-giang-ma;2022;Tổng;;;76,17%;4;14;Đã công bố",
      "Giang Ma;2022;Tài chính công;12,5;16;;7;14;Thẩm định",
      ";;;;;;;;",
      "UBND xã Hồ Thầu;2022;SIPAS;; ; 70,52 % ;2;14;",
    ].join("\r\n"),
  );

  it("reads semicolons, comma decimals and the BOM, with spreadsheet line numbers", async () => {
    const rows = await readUpload(file);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(rows[0]?.cells).toMatchObject({ unit: "lai-chau.tam-duong.xa-giang-ma", percent: "76,17%" });
  });

  it("previews what it would insert, then commits it", async () => {
    const preview = await previewResultsImport(h.db, as("noivu.tamduong"), file);
    expect(preview.errors).toEqual([]);
    expect(preview.total).toBe(3);
    expect(preview.rows.map((r) => [r.line, r.unitCode, r.componentKey, r.action])).toEqual([
      [2, "lai-chau.tam-duong.xa-giang-ma", "tong", "insert"],
      [3, "lai-chau.tam-duong.xa-giang-ma", "tai-chinh-cong", "insert"],
      [5, "lai-chau.tam-duong.xa-ho-thau", "sipas", "insert"],
    ]);
    expect(await resultsOf("lai-chau.tam-duong.xa-giang-ma", 2022)).toEqual([]);

    expect(await commitResultsImport(h.db, as("noivu.tamduong"), file)).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
    expect(await resultsOf("lai-chau.tam-duong.xa-giang-ma", 2022)).toEqual([
      { componentKey: "tai-chinh-cong", points: 12.5, maxPoints: 16, percent: null, rank: 7, rankOf: 14, source: "appraised" },
      { componentKey: "tong", points: null, maxPoints: null, percent: 76.17, rank: 4, rankOf: 14, source: "published" },
    ]);
    expect(await resultsOf("lai-chau.tam-duong.xa-ho-thau", 2022)).toEqual([
      { componentKey: "sipas", points: null, maxPoints: null, percent: 70.52, rank: 2, rankOf: 14, source: "published" },
    ]);
    const [{ n }] = (await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(s.auditLog)
      .where(and(eq(s.auditLog.entity, "result"), eq(s.auditLog.note, "Nhập từ tệp ket-qua.csv")))) as [{ n: number }];
    expect(n).toBe(3);
  });

  it("the same file again reports updates, writes nothing new and leaves the same rows", async () => {
    const auditBefore = await fingerprint();
    const preview = await previewResultsImport(h.db, as("noivu.tamduong"), file);
    expect(preview.rows.map((r) => r.action)).toEqual(["update", "update", "update"]);
    expect(preview.rows[0]?.before).toMatchObject({ unit: "lai-chau.tam-duong.xa-giang-ma", percent: 76.17, rank: 4 });
    expect(preview.rows.every((r) => !r.changed)).toBe(true);
    expect(await commitResultsImport(h.db, as("noivu.tamduong"), file)).toEqual({ inserted: 0, updated: 0, unchanged: 3 });
    expect(await fingerprint()).toBe(auditBefore);
  });

  it("a changed figure is an update, with the old values shown and audited", async () => {
    const changed = csv("Đơn vị,Năm,Chỉ số thành phần,Tỷ lệ (%),Thứ hạng,Trên tổng số\nGiang Ma,2022,tong,\"77,5\",3,14\n", false);
    const preview = await previewResultsImport(h.db, as("noivu.tamduong"), changed);
    expect(preview.rows).toMatchObject([{ action: "update", changed: true, percent: 77.5, before: { percent: 76.17, rank: 4 } }]);
    expect(await commitResultsImport(h.db, as("noivu.tamduong"), changed)).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect((await resultsOf("lai-chau.tam-duong.xa-giang-ma", 2022)).find((r) => r.componentKey === "tong")).toMatchObject({
      percent: 77.5,
      rank: 3,
    });
  });

  it("one bad row among good ones: the file is refused whole and nothing is saved", async () => {
    const bad = csv(
      [
        "Mã đơn vị;Năm;Chỉ số thành phần;Tỷ lệ (%);Thứ hạng;Trên tổng số",
        "lai-chau.tam-duong.xa-na-tam;2022;tong;80;1;14",
        "lai-chau.tam-duong.xa-na-tam;2022;the-che;101;1;14",
        "quang-nam.so-noi-vu;2022;tong;90;1;20",
        "lai-chau.tam-duong.xa-khun-ha;2022;tong;75;5;14",
      ].join("\n"),
    );
    const before = await fingerprint();
    const preview = await previewResultsImport(h.db, as("noivu.tamduong"), bad);
    expect(preview.total).toBe(4);
    expect(preview.rows).toHaveLength(2);
    expect(preview.errors).toEqual([
      { line: 3, column: "Tỷ lệ (%)", message: "Tỷ lệ phải từ 0 đến 100 (đang là 101)." },
      {
        line: 4,
        column: "Mã đơn vị",
        message: 'Bạn không có quyền nhập kết quả cho đơn vị "Sở Nội vụ" (quang-nam.so-noi-vu): đơn vị này ngoài phạm vi bạn quản lý.',
      },
    ]);
    const error = await caught(commitResultsImport(h.db, as("noivu.tamduong"), bad));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: "Tệp còn 2 lỗi; chưa có dòng nào được lưu." });
    expect((error as ServiceError).details).toEqual({ errors: preview.errors });
    expect(await fingerprint()).toBe(before);
  });

  it("a semicolon file without BOM and a comma file read the same", async () => {
    const semicolons = await readUpload(csv("Mã đơn vị;Năm;Chỉ số thành phần;Tỷ lệ (%)\nBản Bo;2023;tong;70,5\n", false));
    const commas = await readUpload(csv('Mã đơn vị,Năm,Chỉ số thành phần,Tỷ lệ (%)\nBản Bo,2023,tong,"70,5"\n', false));
    expect(semicolons).toEqual(commas);
  });
});

describe("importing the .xlsx template", () => {
  async function filledTemplate(fill: (sheet: ExcelJS.Worksheet) => void): Promise<{ name: string; bytes: Uint8Array }> {
    const template = await resultsTemplate(h.db, as("noivu.tamduong"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(template).buffer);
    const sheet = workbook.getWorksheet("Kết quả")!;
    fill(sheet);
    return { name: "Kết quả 2023.xlsx", bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
  }

  it("has the results sheet with its header and examples, the actor's units, the components and instructions", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await resultsTemplate(h.db, as("noivu.tamduong"))).buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Kết quả", "Đơn vị", "Chỉ số", "Hướng dẫn"]);
    const sheet = workbook.getWorksheet("Kết quả")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Mã đơn vị",
      "Năm",
      "Chỉ số thành phần",
      "Điểm",
      "Điểm tối đa",
      "Tỷ lệ (%)",
      "Thứ hạng",
      "Trên tổng số",
      "Nguồn",
      "Trích nguồn",
      "Ví dụ",
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("A2").value).toBe("lai-chau.tam-duong");
    const units = workbook.getWorksheet("Đơn vị")!;
    const codes = units.getColumn(1).values.slice(2);
    expect(codes).toContain("lai-chau.tam-duong.xa-ban-bo");
    expect(codes).not.toContain("quang-nam");
    expect(codes).not.toContain("lai-chau");
    expect(workbook.getWorksheet("Chỉ số")!.getColumn(1).values.slice(2)).toContain("tong");
    const help = workbook.getWorksheet("Hướng dẫn")!.getColumn(1).values.join("\n");
    expect(help).toMatch(/dấu phẩy/);
    expect(help).toMatch(/Tự đánh giá/);
  });

  it("its own example rows never import: the preview skips them and says so (issue 9, observation 7)", async () => {
    const file = await filledTemplate(() => {});
    const preview = await previewResultsImport(h.db, as("noivu.tamduong"), file);
    expect(preview.errors).toEqual([]);
    expect(preview.rows).toEqual([]);
    expect(preview.examplesSkipped).toBe(2);
    await expect(commitResultsImport(h.db, as("noivu.tamduong"), file)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("left in above real rows, the examples are skipped and the real rows' Trích nguồn is kept", async () => {
    const file = await filledTemplate((sheet) => {
      sheet.getRow(4).values = ["lai-chau.tam-duong.xa-ho-thau", 2022, "tong", null, null, 71.3, 5, 14, "Đã công bố", "Quyết định số 12/QĐ-UBND ngày 10/01/2023"];
      sheet.getRow(5).values = ["lai-chau.tam-duong.xa-ho-thau", 2022, "sipas", null, null, 80.5];
    });
    const preview = await previewResultsImport(h.db, as("noivu.tamduong"), file);
    expect([preview.examplesSkipped, preview.rows.map((r) => [r.line, r.printed])]).toEqual([
      2,
      [
        [4, "Quyết định số 12/QĐ-UBND ngày 10/01/2023"],
        [5, null],
      ],
    ]);
    await commitResultsImport(h.db, as("noivu.tamduong"), file);
    const kept = await h.db
      .select({ componentKey: s.results.componentKey, printed: s.results.printed, year: s.results.year })
      .from(s.results)
      .innerJoin(s.units, eq(s.units.id, s.results.unitId))
      .where(eq(s.units.code, "lai-chau.tam-duong.xa-ho-thau"));
    expect(kept.filter((k) => k.year === 2022).sort((a, b) => a.componentKey.localeCompare(b.componentKey))).toEqual([
      { componentKey: "sipas", printed: "Tệp Kết quả 2023.xlsx, dòng 5", year: 2022 },
      { componentKey: "tong", printed: "Quyết định số 12/QĐ-UBND ngày 10/01/2023", year: 2022 },
    ]);
    // No result was written for the example unit and year.
    const year = new Date().getFullYear() - 1;
    const examples = await h.db.select().from(s.results).innerJoin(s.units, eq(s.units.id, s.results.unitId)).where(and(eq(s.units.code, "lai-chau.tam-duong"), eq(s.results.year, year)));
    expect(examples).toEqual([]);
  });

  it("filled with rows by another program, previews and commits", async () => {
    const file = await filledTemplate((sheet) => {
      sheet.spliceRows(2, 2); // the examples
      sheet.getRow(2).values = ["lai-chau.tam-duong.xa-son-binh", 2023, "tong", null, null, 68.4, 9, 14, "Đã công bố"];
      sheet.getRow(3).values = ["Sơn Bình", 2023, "Chỉ đạo điều hành", 10.25, 12, null, 6, 14, "Tự đánh giá"];
      // Typed "72,1%" in Excel: kept as 0.721 with a percent format.
      sheet.getRow(4).values = ["lai-chau.tam-duong.xa-son-binh", 2023, "sipas", null, null, 0.721, null, null, null];
      sheet.getCell("F4").numFmt = "0.0%";
      // A formula's cached result and rich text are read as what the user sees.
      sheet.getRow(5).values = ["lai-chau.tam-duong.xa-ta-leng", 2023, "tong"];
      sheet.getCell("F5").value = { formula: "60+5.5", result: 65.5 };
      sheet.getCell("A5").value = { richText: [{ text: "lai-chau.tam-duong." }, { text: "xa-ta-leng", font: { bold: true } }] };
    });
    const preview = await previewResultsImport(h.db, as("noivu.tamduong"), file);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.line, r.unitCode, r.componentKey, r.percent, r.source, r.action])).toEqual([
      [2, "lai-chau.tam-duong.xa-son-binh", "tong", 68.4, "published", "insert"],
      [3, "lai-chau.tam-duong.xa-son-binh", "chi-dao-dieu-hanh", null, "self-assessed", "insert"],
      [4, "lai-chau.tam-duong.xa-son-binh", "sipas", 72.1, "published", "insert"],
      [5, "lai-chau.tam-duong.xa-ta-leng", "tong", 65.5, "published", "insert"],
    ]);
    expect(await commitResultsImport(h.db, as("noivu.tamduong"), file)).toEqual({ inserted: 4, updated: 0, unchanged: 0 });
    expect(await resultsOf("lai-chau.tam-duong.xa-son-binh", 2023)).toEqual([
      { componentKey: "chi-dao-dieu-hanh", points: 10.25, maxPoints: 12, percent: null, rank: 6, rankOf: 14, source: "self-assessed" },
      { componentKey: "sipas", points: null, maxPoints: null, percent: 72.1, rank: null, rankOf: null, source: "published" },
      { componentKey: "tong", points: null, maxPoints: null, percent: 68.4, rank: 9, rankOf: 14, source: "published" },
    ]);
  });

  it("someone with no unit to manage gets no template", async () => {
    await expect(resultsTemplate(h.db, as("lanhdao.tamduong"))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("reading uploads: what is refused", () => {
  it("other file types", async () => {
    await expect(readUpload({ name: "ket-qua.pdf", bytes: new Uint8Array([1, 2, 3]) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Chỉ nhận tệp .xlsx hoặc .csv.",
    });
    await expect(readUpload({ name: "ket-qua.xls", bytes: new Uint8Array([1]) })).rejects.toMatchObject({
      message: "Chỉ nhận tệp .xlsx hoặc .csv.",
    });
  });

  it("files over 5 MB", async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    await expect(readUpload({ name: "lon.csv", bytes: big })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/5 MB/) });
  });

  it("a header it does not recognise, listing the expected headers", async () => {
    const error = await caught(readUpload(csv("Tên;Giá trị\nA;1\n")));
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect((error as ServiceError).message).toContain("Mã đơn vị, Năm, Chỉ số thành phần, Điểm, Điểm tối đa, Tỷ lệ (%), Thứ hạng, Trên tổng số, Nguồn");
    const missing = await caught(readUpload(csv("Mã đơn vị;Tỷ lệ (%)\nBản Bo;70\n")));
    expect((missing as ServiceError).message).toMatch(/^Tệp thiếu cột "Năm", "Chỉ số thành phần"\./);
  });

  it("a damaged .xlsx and a CSV not saved as UTF-8", async () => {
    await expect(readUpload({ name: "hong.xlsx", bytes: new TextEncoder().encode("not a zip") })).rejects.toMatchObject({
      message: expect.stringMatching(/^Không đọc được tệp \.xlsx/),
    });
    const latin = new Uint8Array([0x4d, 0xe3, 0x20, 0x64, 0x6f, 0x6e, 0x0a]);
    await expect(readUpload({ name: "ansi.csv", bytes: latin })).rejects.toMatchObject({ message: expect.stringMatching(/UTF-8/) });
  });

  it("a header below a title, in another column order", async () => {
    const rows = await readUpload(
      csv("KẾT QUẢ CHỈ SỐ CCHC NĂM 2023;;;\n;;;\nNguồn;Tỷ lệ (%);Chỉ số thành phần;Năm;Đơn vị\nThẩm định;80;tong;2023;Bản Bo\n"),
    );
    expect(rows).toEqual([{ line: 4, cells: { source: "Thẩm định", percent: "80", component: "tong", year: "2023", unit: "Bản Bo" } }]);
  });
});

describe("targets", () => {
  const finance = {
    unitCode: "lai-chau.tam-duong",
    year: 2025,
    componentKey: "tai-chinh-cong",
    label: "Mục tiêu các chỉ số thành phần",
    printed: "Trên 55%",
    scoreOp: "gt",
    scoreValue: 55,
    scoreUnit: "percent",
    rankOp: "at-most",
    rankValue: 3,
    responsibleUnitCodes: ["lai-chau.tam-duong.phong-tai-chinh-ke-hoach", "lai-chau.tam-duong.phong-noi-vu"],
    responsiblePrinted: "Phòng Tài chính - Kế hoạch; Phòng Nội vụ",
    planCode: "tam-duong-par-2024",
  };

  it('"gt" without a value is refused with a Vietnamese message, and nothing is saved', async () => {
    const before = await fingerprint();
    const error = await caught(saveTarget(h.db, as("noivu.tamduong"), { ...finance, scoreValue: null }));
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues[0]?.message).toBe('Vui lòng nhập giá trị mục tiêu điểm, ví dụ 75 cho "Trên 75%".');
    expect(await fingerprint()).toBe(before);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["higher-than-last-year with a value", { scoreOp: "gt-previous-year", scoreValue: 80 }, 'Mục tiêu "cao hơn năm trước" không có giá trị: hãy để trống ô giá trị.'],
    ["at-most without a rank", { rankValue: null }, "Vui lòng nhập thứ hạng mục tiêu, ví dụ 3 (xếp hạng 3 trở lên)."],
    ["top-group with a rank", { rankOp: "top-group" }, "Điều kiện thứ hạng này không có giá trị: hãy để trống ô thứ hạng."],
    ["no condition at all", { scoreOp: null, scoreValue: null, rankOp: null, rankValue: null }, "Mục tiêu cần có điều kiện về điểm hoặc về thứ hạng."],
    ["a percent above 100", { scoreValue: "100,5" }, "Mục tiêu tính theo % không được quá 100."],
    ["a value without a unit", { scoreUnit: null }, "Vui lòng chọn đơn vị của mục tiêu: % hay điểm."],
  ])("refuses %s", async (_name, change, message) => {
    const error = await caught(saveTarget(h.db, as("noivu.tamduong"), { ...finance, ...change }));
    expect((error as ZodError).issues[0]?.message).toBe(message);
  });

  it("creates, updates and deletes a target with its responsible units, audited each time", async () => {
    const { id } = await saveTarget(h.db, as("noivu.tamduong"), finance);
    const responsible = async () =>
      (
        await h.db
          .select({ code: s.units.code })
          .from(s.targetUnits)
          .innerJoin(s.units, eq(s.units.id, s.targetUnits.unitId))
          .where(eq(s.targetUnits.targetId, id))
          .orderBy(s.targetUnits.position)
      ).map((r) => r.code);
    expect(await responsible()).toEqual(finance.responsibleUnitCodes);

    await saveTarget(h.db, as("noivu.tamduong"), {
      ...finance,
      id,
      scoreOp: "gt-previous-year",
      scoreValue: null,
      printed: "Cao hơn năm trước",
      rankOp: "rise",
      rankValue: null,
      responsibleUnitCodes: ["lai-chau.tam-duong.phong-tai-chinh-ke-hoach"],
    });
    const [row] = await h.db.select().from(s.targets).where(eq(s.targets.id, id));
    expect(row).toMatchObject({ scoreOp: "gt-previous-year", scoreValue: null, scoreUnit: null, rankOp: "rise", rankValue: null });
    expect(await responsible()).toEqual(["lai-chau.tam-duong.phong-tai-chinh-ke-hoach"]);

    await expect(deleteTarget(h.db, as("snv.quangnam"), { id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteTarget(h.db, as("noivu.tamduong"), { id });
    expect(await h.db.select().from(s.targets).where(eq(s.targets.id, id))).toEqual([]);

    const trail = await h.db
      .select({ action: s.auditLog.action, before: s.auditLog.before, after: s.auditLog.after })
      .from(s.auditLog)
      .where(and(eq(s.auditLog.entity, "target"), eq(s.auditLog.entityId, String(id))))
      .orderBy(s.auditLog.id);
    expect(trail.map((t) => t.action)).toEqual(["create", "update", "delete"]);
    expect(trail[0]?.after).toMatchObject({ scoreOp: "gt", scoreValue: 55, plan: "tam-duong-par-2024", responsible: finance.responsibleUnitCodes });
    expect(trail[1]).toMatchObject({ before: { scoreOp: "gt" }, after: { scoreOp: "gt-previous-year", scoreValue: null } });
    expect(trail[2]?.before).toMatchObject({ printed: "Cao hơn năm trước" });
  });

  it("refuses a target for a unit outside scope, and responsible units outside scope", async () => {
    const before = await fingerprint();
    await expect(saveTarget(h.db, as("snv.quangnam"), finance)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      saveTarget(h.db, as("noivu.tamduong"), { ...finance, responsibleUnitCodes: ["quang-nam.so-noi-vu"] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/ngoài phạm vi bạn quản lý/) });
    expect(await fingerprint()).toBe(before);
  });
});
