/**
 * The report's long tables (every task of a province plan, its overdue tasks, its evidence) written
 * straight as WordprocessingML. Through the docx library each cell costs a dozen objects and a
 * generic serialisation pass: a 2 000-task province took 7 s, almost all of it there. The XML
 * written here is byte for byte what the library writes for the same table (docx-table-xml.test.ts
 * compares the two), so the document is unchanged in content and layout.
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
const escape = (s: string) => s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? "");

/** A no-break space before "%", as the library-built runs get it (a line never starts with "%"). */
const runText = (text: string) => escape(text.replace(/(\d) %/g, "$1\u00a0%"));

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

/**
 * A bordered table: `head` rows are bold, shaded and repeat on every page; `bold` rows (totals)
 * are bold. `widths` in twips. Cells spanning rows are not supported here (the component table,
 * the only one with them, is small and stays with the library).
 */
export function dataTableXml(widths: readonly number[], head: readonly Spec[][], rows: readonly Spec[][], opts: TableOptions): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const out: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>${BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`,
    ...widths.map((w) => `<w:gridCol w:w="${w}"/>`),
    "</w:tblGrid>",
  ];
  // Run properties depend only on (bold, italic) within a table: build each once.
  const size = opts.size;
  const props = new Map<string, string>();
  const propsOf = (bold: boolean | undefined, italic: boolean | undefined, sz = size) => {
    const key = `${bold}|${italic}|${sz}`;
    let p = props.get(key);
    if (p === undefined) props.set(key, (p = runProps(sz, bold, italic)));
    return p;
  };
  const row = (specs: readonly Spec[], header: boolean, bold: boolean) => {
    const cantSplit = header || !opts.splitRows;
    out.push(`<w:tr><w:trPr>${cantSplit ? "<w:cantSplit/>" : '<w:cantSplit w:val="off"/>'}${header ? "<w:tblHeader/>" : '<w:tblHeader w:val="off"/>'}</w:trPr>`);
    let col = 0;
    for (const raw of specs) {
      const s: CellSpec = typeof raw === "string" ? { text: raw } : raw;
      if ((s.rowSpan ?? 1) > 1) throw new Error("dataTableXml: cells spanning rows are not supported");
      const span = s.span ?? 1;
      let width = 0;
      for (let c = col; c < col + span && c < widths.length; c++) width += widths[c]!;
      col += span;
      const rPr = propsOf(s.bold ?? bold, s.italic);
      const lines = Array.isArray(s.text) ? s.text : [s.text];
      let runs = `<w:r>${rPr}<w:t xml:space="preserve">${runText(lines[0] ?? "")}</w:t></w:r>`;
      for (let i = 1; i < lines.length; i++) runs += `<w:r>${rPr}<w:br/><w:t xml:space="preserve">${runText(lines[i]!)}</w:t></w:r>`;
      if (s.note) runs += `<w:r>${propsOf(undefined, true, size - 1)}<w:br/><w:t xml:space="preserve">${runText(s.note)}</w:t></w:r>`;
      out.push(
        `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}${header ? SHADE : ""}${MARGINS}`,
        s.align === "left" && !header ? PARA.left : PARA.center,
        runs,
        "</w:p></w:tc>",
      );
    }
    out.push("</w:tr>");
  };
  for (const r of head) row(r, true, true);
  rows.forEach((r, i) => row(r, false, opts.bold?.(i) ?? false));
  out.push("</w:tbl>");
  return out.join("");
}
