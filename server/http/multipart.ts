import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { isStorableText } from "../validation/text";

/**
 * Reading a form that may carry files, for page actions. busboy parses the headers as browsers
 * write them (a name like "Báo cáo; tổng kết.pdf" is one quoted parameter), caps each file, the
 * number of files and the whole request, and keeps everything in memory: nothing touches the disk
 * before the action has checked it. A refusal is an `UploadRefused` with a Vietnamese message.
 */
export interface UploadLimits {
  maxFileBytes: number;
  maxTotalBytes: number;
  maxFiles: number;
}

export interface UploadedFile {
  field: string;
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export interface ParsedForm {
  fields: Map<string, string[]>;
  files: UploadedFile[];
  /** First value of a field, or "". */
  text(name: string): string;
  all(name: string): string[];
}

export class UploadRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UploadRefused";
  }
}

function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function parsedForm(fields: Map<string, string[]>, files: UploadedFile[]): ParsedForm {
  return {
    fields,
    files,
    text: (name) => fields.get(name)?.[0] ?? "",
    all: (name) => fields.get(name) ?? [],
  };
}

const unreadable = "Biểu mẫu gửi lên không đọc được. Hãy tải lại trang rồi gửi lại.";
const badText = "Dữ liệu gửi lên có ký tự không hợp lệ (ký tự rỗng hoặc ký tự hỏng). Hãy gõ lại rồi gửi lại.";

/** A multipart form, or an ordinary url-encoded one (which carries no files). */
export async function parseForm(request: Request, limits: UploadLimits): Promise<ParsedForm> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw new UploadRefused(unreadable);
    }
    const fields = new Map<string, string[]>();
    for (const [k, v] of form.entries()) {
      if (typeof v !== "string") continue;
      if (!isStorableText(k) || !isStorableText(v)) throw new UploadRefused(badText);
      fields.set(k, [...(fields.get(k) ?? []), v]);
    }
    return parsedForm(fields, []);
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  // Room for the fields and the multipart framing around the files.
  const maxRequest = limits.maxTotalBytes + 1024 * 1024;
  if (declared > maxRequest) throw new UploadRefused(`Tổng dung lượng các tệp gửi một lần tối đa ${mb(limits.maxTotalBytes)}. Chưa có gì được lưu.`);
  if (!request.body) throw new UploadRefused(unreadable);

  const fields = new Map<string, string[]>();
  const files: UploadedFile[] = [];
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": type },
        defParamCharset: "utf8",
        limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 200, fieldSize: 1024 * 1024, parts: limits.maxFiles + 200 },
      });
    } catch {
      reject(new UploadRefused(unreadable));
      return;
    }
    const source = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      source.unpipe(parser);
      source.destroy();
      reject(error);
    };
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) return fail(new UploadRefused("Nội dung một ô nhập quá dài."));
      if (!isStorableText(name) || !isStorableText(value)) return fail(new UploadRefused(badText));
      fields.set(name, [...(fields.get(name) ?? []), value]);
    });
    parser.on("file", (field, stream, info) => {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.byteLength;
        total += chunk.byteLength;
        if (total > limits.maxTotalBytes) {
          stream.resume();
          fail(new UploadRefused(`Tổng dung lượng các tệp gửi một lần tối đa ${mb(limits.maxTotalBytes)}. Chưa có gì được lưu.`));
          return;
        }
        chunks.push(chunk);
      });
      stream.on("limit", () => fail(new UploadRefused(`Mỗi tệp đính kèm tối đa ${mb(limits.maxFileBytes)}. Chưa có gì được lưu.`)));
      stream.on("end", () => {
        if (failed) return;
        const name = info.filename ?? "";
        if (!isStorableText(name)) return fail(new UploadRefused(badText));
        // A file input left empty arrives as a part with no name and no bytes: not a file.
        if (name === "" && size === 0) return;
        files.push({ field, name, bytes: new Uint8Array(Buffer.concat(chunks, size)) });
      });
    });
    parser.on("filesLimit", () => fail(new UploadRefused(`Mỗi lần gửi tối đa ${limits.maxFiles} tệp.`)));
    parser.on("partsLimit", () => fail(new UploadRefused(unreadable)));
    parser.on("fieldsLimit", () => fail(new UploadRefused(unreadable)));
    parser.on("error", () => fail(new UploadRefused(unreadable)));
    parser.on("close", () => {
      if (!failed) resolve();
    });
    source.on("error", () => fail(new UploadRefused(unreadable)));
    source.pipe(parser);
  });
  return parsedForm(fields, files);
}
