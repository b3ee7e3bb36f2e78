/**
 * The report's long tables (every task of a province plan, its overdue tasks, its evidence) written
 * straight as WordprocessingML. Through the docx library each cell costs a dozen objects and a
 * generic serialisation pass: a 2 000-task province took 7 s, almost all of it there. The XML
 * written here is byte for byte what the library writes for the same table (docx-table-xml.test.ts
 * compares the two), so the document is unchanged in content and layout. It is written as UTF-8
 * bytes: a cell's markup (≈400 bytes, the same for every cell of a column) is encoded once per
 * table and copied, and only the cell's text is encoded, which keeps 12 MB of XML to milliseconds.
 */

export interface CellSpec {
  text: string | string[];
  bold?: boolean;
  italic?: boolean;
  align?: "left" | "center";
  span?: number;
  rowSpan?: number;
  note?: string;
}
export type Spec = CellSpec | string;

export interface TableOptions {
  /** Font size in points (half-points are the XML's unit). */
  size: number;
  bold?: (i: number) => boolean;
  /** Long rows may break across pages. */
  splitRows?: boolean;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };
/** As the library escapes text: the five entities, and control characters XML 1.0 forbids dropped. */
// eslint-disable-next-line no-control-regex -- the control characters are what it drops
const NEEDS_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex -- the control characters are what it drops
const escape = (s: string) => (NEEDS_ESCAPE.test(s) ? s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? "") : s);

/** A no-break space before "%", as the library-built runs get it (a line never starts with "%"). */
const runText = (text: string) => escape(text.includes(" %") ? text.replace(/(\d) %/g, "$1\u00a0%") : text);

const LINE = 'w:val="single" w:color="000000" w:sz="4"';
const BORDERS = `<w:tblBorders><w:top ${LINE}/><w:left ${LINE}/><w:bottom ${LINE}/><w:right ${LINE}/><w:insideH ${LINE}/><w:insideV ${LINE}/></w:tblBorders>`;
const MARGINS = '<w:tcMar><w:top w:type="dxa" w:w="20"/><w:left w:type="dxa" w:w="57"/><w:bottom w:type="dxa" w:w="20"/><w:right w:type="dxa" w:w="57"/></w:tcMar><w:vAlign w:val="center"/></w:tcPr>';
const SHADE = '<w:shd w:fill="E7E6E6" w:color="auto" w:val="clear"/>';
const SPACING = '<w:spacing w:after="20" w:before="20" w:line="252"/>';
const PARA = { center: `<w:p><w:pPr>${SPACING}<w:jc w:val="center"/></w:pPr>`, left: `<w:p><w:pPr>${SPACING}<w:jc w:val="left"/></w:pPr>` };

function runProps(size: number, bold: boolean | undefined, italic: boolean | undefined): string {
  const b = bold === undefined ? "" : bold ? "<w:b/><w:bCs/>" : '<w:b w:val="false"/><w:bCs w:val="false"/>';
  const i = italic ? "<w:i/><w:iCs/>" : "";
  return `<w:rPr>${b}${i}<w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/></w:rPr>`;
}

/** UTF-8 bytes appended to a growing buffer. */
class Bytes {
  private buf = Buffer.allocUnsafe(1 << 20);
  private len = 0;
  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + n));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  raw(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  text(s: string): void {
    this.room(s.length * 3);
    this.len += this.buf.write(s, this.len, "utf8");
  }
  done(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}

const utf8 = (s: string) => Buffer.from(s, "utf8");
const CLOSE = utf8("</w:t></w:r></w:p></w:tc>");
const ROW_CLOSE = utf8("</w:tr>");

/**
 * A bordered table: `head` rows are bold, shaded and repeat on every page; `bold` rows (totals)
 * are bold. `widths` in twips. Cells spanning rows are not supported here (the component table,
 * the only one with them, is small and stays with the library). Returns the table's XML in UTF-8.
 */
export function dataTableXml(widths: readonly number[], head: readonly Spec[][], rows: readonly Spec[][], opts: TableOptions): Uint8Array {
  const out = new Bytes();
  const total = widths.reduce((a, b) => a + b, 0);
  out.text(
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>${BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`,
  );
  const size = opts.size;
  // Everything of a cell up to its first run's text depends only on its column, span, alignment,
  // header or not, and its run's bold and italic: encoded once per table for each combination.
  const openings = new Map<string, Uint8Array>();
  const openingOf = (col: number, span: number, header: boolean, left: boolean, bold: boolean | undefined, italic: boolean | undefined) => {
    const key = `${col}|${span}|${header}|${left}|${bold}|${italic}`;
    let o = openings.get(key);
    if (o === undefined) {
      let width = 0;
      for (let c = col; c < col + span && c < widths.length; c++) width += widths[c]!;
      o = utf8(
        `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}${header ? SHADE : ""}${MARGINS}${left ? PARA.left : PARA.center}` +
          `<w:r>${runProps(size, bold, italic)}<w:t xml:space="preserve">`,
      );
      openings.set(key, o);
    }
    return o;
  };
  const rowOpen = (header: boolean) => {
    const cantSplit = header || !opts.splitRows;
    return utf8(`<w:tr><w:trPr>${cantSplit ? "<w:cantSplit/>" : '<w:cantSplit w:val="off"/>'}${header ? "<w:tblHeader/>" : '<w:tblHeader w:val="off"/>'}</w:trPr>`);
  };
  const rowOpenings = { head: rowOpen(true), body: rowOpen(false) };
  const row = (specs: readonly Spec[], header: boolean, bold: boolean) => {
    out.raw(header ? rowOpenings.head : rowOpenings.body);
    let col = 0;
    for (const raw of specs) {
      if (typeof raw === "string") {
        out.raw(openingOf(col++, 1, header, false, bold, undefined));
        out.text(runText(raw));
        out.raw(CLOSE);
        continue;
      }
      const s = raw;
      if ((s.rowSpan ?? 1) > 1) throw new Error("dataTableXml: cells spanning rows are not supported");
      const span = s.span ?? 1;
      const lines = Array.isArray(s.text) ? s.text : [s.text];
      out.raw(openingOf(col, span, header, s.align === "left" && !header, s.bold ?? bold, s.italic));
      col += span;
      let more = "";
      const rPr = lines.length > 1 ? runProps(size, s.bold ?? bold, s.italic) : "";
      for (let i = 1; i < lines.length; i++) more += `</w:t></w:r><w:r>${rPr}<w:br/><w:t xml:space="preserve">${runText(lines[i]!)}`;
      if (s.note) more += `</w:t></w:r><w:r>${runProps(size - 1, undefined, true)}<w:br/><w:t xml:space="preserve">${runText(s.note)}`;
      out.text(runText(lines[0] ?? "") + more);
      out.raw(CLOSE);
    }
    out.raw(ROW_CLOSE);
  };
  for (const r of head) row(r, true, true);
  rows.forEach((r, i) => row(r, false, opts.bold?.(i) ?? false));
  out.text("</w:tbl>");
  return out.done();
}
