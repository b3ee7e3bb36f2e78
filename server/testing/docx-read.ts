import JSZip from "jszip";

/** Reading a .docx back in tests: its body XML, visible text, tables and paragraphs. */
export async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (!xml) throw new Error("word/document.xml missing");
  return xml;
}

/** The visible text of the body, runs joined, so assertions do not depend on how runs split. */
export const text = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");

/** Every table of the body (not nested in another) as rows of cell texts. */
export function tables(xml: string): string[][][] {
  const out: string[][][] = [];
  for (const tbl of xml.split("<w:tbl>").slice(1)) {
    const body = tbl.split("</w:tbl>")[0] ?? "";
    out.push([...body.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) => [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => text(tc[0]))));
  }
  return out;
}

/** The paragraph (its XML) whose text contains `needle`. */
export const paragraphWith = (xml: string, needle: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => text(p).includes(needle));

