// Part of `npm run build`: run PGlite's initdb once per installed PGlite version and keep the data
// directory, which a first start of the embedded database copies instead (see db/pglite-template.ts).
import { writePgliteTemplate } from "../db/pglite-template";

const started = Date.now();
const { dir, created } = await writePgliteTemplate();
if (created) console.log(`Đã khởi tạo thư mục dữ liệu mẫu của PGlite (${dir}) — ${Date.now() - started} ms`);
