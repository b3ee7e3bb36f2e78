/**
 * Which uploaded files count as evidence: PDF, Word, Excel and images, judged by their content
 * (the detected type), never by their name alone. Returns the type to store, or a Vietnamese
 * message saying why the file is refused.
 */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
/** One report may carry this many files, and this much in all. */
export const MAX_EVIDENCE_FILES = 10;
export const MAX_EVIDENCE_REQUEST_BYTES = 40 * 1024 * 1024;
/** Stored names are cut to this many characters, keeping the extension. */
export const MAX_EVIDENCE_NAME = 200;

/**
 * The name to keep for an uploaded file: its base name (no folders), no control characters, at
 * most MAX_EVIDENCE_NAME characters with the extension kept ("báo cáo … rất dài….pdf").
 */
export function evidenceFileName(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (raw.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (!base) return "tai-lieu";
  const chars = Array.from(base);
  if (chars.length <= MAX_EVIDENCE_NAME) return base;
  const dot = base.lastIndexOf(".");
  const ext = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : "";
  const stem = Array.from(ext ? base.slice(0, dot) : base);
  return `${stem.slice(0, MAX_EVIDENCE_NAME - Array.from(ext).length - 1).join("")}…${ext}`;
}

export interface DetectedType {
  ext: string;
  mime: string;
}

const ACCEPTED: Record<string, { mime: string; label: string }> = {
  pdf: { mime: "application/pdf", label: "PDF" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word" },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel" },
  odt: { mime: "application/vnd.oasis.opendocument.text", label: "Văn bản ODF" },
  ods: { mime: "application/vnd.oasis.opendocument.spreadsheet", label: "Bảng tính ODF" },
  png: { mime: "image/png", label: "Ảnh PNG" },
  jpg: { mime: "image/jpeg", label: "Ảnh JPEG" },
  webp: { mime: "image/webp", label: "Ảnh WebP" },
  tif: { mime: "image/tiff", label: "Ảnh TIFF" },
};

export type EvidenceTypeDecision = { ok: true; mime: string; label: string } | { ok: false; message: string };

export function evidenceType(detected: DetectedType | undefined, originalName: string, size: number): EvidenceTypeDecision {
  if (size === 0) return { ok: false, message: `Tệp "${originalName}" rỗng.` };
  if (size > MAX_EVIDENCE_BYTES) return { ok: false, message: `Tệp "${originalName}" lớn hơn 20 MB.` };
  const nameExt = originalName.toLowerCase().split(".").pop() ?? "";
  // Word and Excel 97-2003 share one container format (CFB); the name tells which it is.
  if (detected?.ext === "cfb" && (nameExt === "doc" || nameExt === "xls")) {
    return nameExt === "doc"
      ? { ok: true, mime: "application/msword", label: "Word 97-2003" }
      : { ok: true, mime: "application/vnd.ms-excel", label: "Excel 97-2003" };
  }
  const accepted = detected ? ACCEPTED[detected.ext] : undefined;
  if (!accepted) {
    return {
      ok: false,
      message: `Tệp "${originalName}" không phải PDF, Word, Excel hay ảnh (nội dung tệp được kiểm tra, không dựa vào đuôi tên tệp).`,
    };
  }
  return { ok: true, mime: accepted.mime, label: accepted.label };
}

/** A safe file name for Content-Disposition, keeping the Vietnamese original for browsers that read it. */
export function contentDisposition(originalName: string): string {
  const ascii = originalName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(originalName)}`;
}
