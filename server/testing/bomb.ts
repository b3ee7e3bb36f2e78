import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/**
 * A decompression bomb shaped like the results template: sheet1.xml rewritten as `repeats` ×
 * 10 000 copies of one row, streamed into the zip so the maker never holds the inflated XML.
 * 100 repeats: ~90 MB of XML in a few hundred KB; 700: ~600 MB (the finding's).
 */
export async function xlsxBomb(repeats: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Kết quả").addRow(["Mã đơn vị", "Năm", "Chỉ số thành phần", "Tỷ lệ (%)"]);
  const src = await JSZip.loadAsync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const out = new JSZip();
  for (const entry of Object.values(src.files)) {
    if (entry.dir) continue;
    if (entry.name !== "xl/worksheets/sheet1.xml") {
      out.file(entry.name, await entry.async("uint8array"));
      continue;
    }
    const xml = await entry.async("string");
    const [head, rest = ""] = xml.split("<sheetData>");
    const header = rest.slice(0, rest.indexOf("</row>") + 6);
    const tail = rest.slice(rest.indexOf("</sheetData>"));
    const row = Buffer.from('<row r="2"><c r="A2" t="inlineStr"><is><t>ban-bo</t></is></c><c r="B2"><v>2024</v></c></row>'.repeat(10_000));
    function* parts() {
      yield Buffer.from(`${head}<sheetData>${header}`);
      for (let i = 0; i < repeats; i++) yield row;
      yield Buffer.from(tail);
    }
    out.file(entry.name, Readable.from(parts()));
  }
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 }, streamFiles: true });
}
