import { crc32 as nativeCrc32, deflateRawSync } from "node:zlib";
import { Packer, Paragraph, TextRun, type Document } from "docx";
import JSZip from "jszip";

/**
 * Word packages with parts of document.xml written as raw XML (docx-table-xml.ts): the library
 * lays out the document with a placeholder paragraph where each raw part goes, the placeholder
 * is replaced in its XML, and the package is zipped again with Node's native zlib (the library's
 * JavaScript deflate took ≈0,5 s on a province report's 12 MB of XML).
 */

const MARK = "\u2063par-raw-part:";

/** A paragraph standing where raw XML part `key` goes (at the top level of the body). */
export function rawPlaceholder(key: number): Paragraph {
  return new Paragraph({ children: [new TextRun(`${MARK}${key}\u2063`)] });
}

/** The document's XML (UTF-8) with each placeholder paragraph replaced by its part. */
export function spliceRawParts(documentXml: string, parts: readonly Uint8Array[]): Uint8Array {
  const pieces: Uint8Array[] = [];
  let from = 0;
  parts.forEach((xml, key) => {
    const at = documentXml.indexOf(`${MARK}${key}\u2063`, from);
    const start = at < 0 ? -1 : documentXml.lastIndexOf("<w:p>", at);
    const end = at < 0 ? -1 : documentXml.indexOf("</w:p>", at);
    if (start < from || end < 0) throw new Error(`raw part ${key} has no placeholder in the document`);
    pieces.push(Buffer.from(documentXml.slice(from, start), "utf8"), xml);
    from = end + "</w:p>".length;
  });
  pieces.push(Buffer.from(documentXml.slice(from), "utf8"));
  return Buffer.concat(pieces);
}

/** Pack the document, then put the raw parts (UTF-8 XML, in placeholder order) in place of their placeholders. */
export async function packWithRawParts(doc: Document, parts: readonly Uint8Array[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const files: Array<[string, Uint8Array]> = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    if (entry.name === "word/document.xml") files.push([entry.name, spliceRawParts(await entry.async("string"), parts)]);
    else files.push([entry.name, await entry.async("uint8array")]);
  }
  return zipFiles(files);
}

// ---------- a minimal zip writer (DEFLATE, no data descriptors, no zip64: parts stay far below 4 GB) ----------

let table: Uint32Array | null = null;
/** CRC-32 (zlib.crc32 from Node 20.15; a table-driven fallback before it). */
function crc32(data: Uint8Array): number {
  if (typeof nativeCrc32 === "function") return nativeCrc32(data) >>> 0;
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** DOS date and time of 1 January 1980, 00:00: a fixed stamp, so that equal documents are equal bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Large parts are deflated at level 3: on a province report's 12 MB document.xml that is ≈17 ms
 * of CPU instead of ≈90 ms at the default level 6, for a file of 264 KB instead of 189 KB (the
 * markup repeats, so fast matching finds most of it). Small parts keep level 6: it costs nothing there.
 */
const LARGE = 1 << 20;

/** Zip the files in the order given, each compressed with DEFLATE. */
export function zipFiles(files: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, "utf8");
    const packed = deflateRawSync(data, { level: data.length > LARGE ? 3 : 6 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    // extra, comment, disk, internal and external attributes: 0
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...chunks, ...central, end]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
