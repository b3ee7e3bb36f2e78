// Part of `npm run build`: run PGlite's initdb and the migrations once per PGlite version and set
// of migrations, and keep the data directory, which a first start of the embedded database copies
// (see db/pglite-template.ts). Only a speed-up: when it cannot be made, the build goes on and a
// first start runs initdb itself.
import { migrationsFolder, openDb } from "../db/client";
import { writePgliteTemplate } from "../db/pglite-template";

const started = Date.now();
try {
  const { dir, created } = await writePgliteTemplate(migrationsFolder, async (pgliteDir) => {
    const handle = await openDb({ pgliteDir });
    try {
      await handle.migrate();
    } finally {
      await handle.close();
    }
  });
  if (created) console.log(`Đã chuẩn bị thư mục dữ liệu PGlite ban đầu (${dir}) — ${Date.now() - started} ms`);
} catch (e) {
  console.warn(`Không chuẩn bị được thư mục dữ liệu PGlite ban đầu (lần chạy đầu sẽ chậm hơn): ${e instanceof Error ? e.message : String(e)}`);
}
