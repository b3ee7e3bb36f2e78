// Server-only entry for reading multipart forms in page actions (keeps busboy out of the browser bundle).
export { parseForm, UploadRefused, type ParsedForm } from "../../server/http/multipart";
export { zIdText } from "../../server/validation/zod";
