import { Document, Packer } from "docx";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { documentXml, tables } from "../testing/docx-read";
import { nd30, renderReportDocx } from "./docx";
import { packWithRawParts, rawPlaceholder, zipFiles } from "./docx-package";
import { dataTableXml, type Spec } from "./docx-table-xml";
import { sampleReport } from "./fixture";

type Opts = { size?: number; bold?: (i: number) => boolean; splitRows?: boolean };

/** The same table through the docx library and as raw XML, each in a document of its own. */
async function bothWays(widthsMm: number[], head: Spec[][], rows: Spec[][], opts: Opts = {}) {
  const section = (child: ReturnType<typeof nd30.dataTable> | ReturnType<typeof rawPlaceholder>) => ({ children: [nd30.body("Trước bảng"), child, nd30.body("Sau bảng")] });
  const library = new Document({ sections: [section(nd30.dataTable(widthsMm, head, rows, opts))] });
  const raw = dataTableXml(widthsMm.map(nd30.twip), head, rows, { ...opts, size: opts.size ?? 12 });
  const spliced = new Document({ sections: [section(rawPlaceholder(0))] });
  return {
    library: await documentXml(new Uint8Array(await Packer.toBuffer(library))),
    raw: await documentXml(await packWithRawParts(spliced, [raw])),
  };
}

describe("dataTableXml", () => {
  it("writes the library's XML byte for byte: header, bold and plain rows, unbreakable rows", async () => {
    const { library, raw } = await bothWays(
      [46, 17, 17, 17, 17, 17, 17, 17],
      [["Đơn vị chủ trì", "Tổng số", "Hoàn thành đúng hạn", "Hoàn thành chậm", "Đang thực hiện", "Chưa thực hiện", "Quá hạn", "Không thực hiện được"]],
      [
        [{ text: "Sở Nội vụ", align: "left" }, "3", "1", "0", "1", "1", "0", "0"],
        [{ text: "Tổng cộng", align: "left" }, "3", "1", "0", "1", "1", "0", "0"],
      ],
      { bold: (i) => i === 1 },
    );
    expect(raw).toBe(library);
  });

  it("writes the library's XML for long rows that may split, escapes, '%', several lines, notes and spans", async () => {
    const { library, raw } = await bothWays(
      [8, 69, 26, 18, 13, 13, 18],
      [["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Trạng thái", "Tiến độ", "Số tài liệu", "Cập nhật"]],
      [
        ["1", { text: 'Rà soát "thủ tục" <một cửa> & dịch vụ công\u0001 của \'xã\'', align: "left" }, { text: "Sở A; Sở B", align: "left" }, "Đang thực hiện", "60 %", "0", "—"],
        ["2", { text: ["Văn bản số 1/BC", "Tệp bao-cao.pdf"], align: "left" }, { text: "", align: "left" }, { text: "81,35 %", note: "(năm 2023)" }, "", { text: "x", bold: true, italic: true }, "02/10/2024"],
        [{ text: "Cộng", span: 2 }, { text: "ghép", span: 3, align: "left" }, "a", "b"],
      ],
      { size: 11, splitRows: true },
    );
    expect(raw).toBe(library);
  });

  it("refuses cells that span rows (those tables stay with the library)", () => {
    expect(() => dataTableXml([100], [], [[{ text: "x", rowSpan: 2 }]], { size: 12 })).toThrow(/spanning rows/);
  });

  it("puts the report's long tables in the document whole", async () => {
    const xml = await documentXml(await renderReportDocx(sampleReport));
    expect(xml).not.toContain("par-raw-part");
    const list = tables(xml).find((t) => t[0]?.[6] === "Cập nhật gần nhất")!;
    expect(list).toHaveLength(1 + sampleReport.tasks.length);
  });
});

describe("zipFiles", () => {
  it("writes a zip that reads back", async () => {
    const big = new TextEncoder().encode("<w:t>Nhiệm vụ</w:t>".repeat(5000));
    const zip = await JSZip.loadAsync(zipFiles([["[Content_Types].xml", new TextEncoder().encode("<Types/>")], ["word/document.xml", big]]));
    expect(Object.keys(zip.files)).toEqual(["[Content_Types].xml", "word/document.xml"]);
    expect(await zip.file("word/document.xml")!.async("string")).toBe("<w:t>Nhiệm vụ</w:t>".repeat(5000));
  });
});
