// `npm run db:reset`: delete the embedded database so the next start loads the documents anew.
import { rmSync } from "node:fs";
import path from "node:path";
import { dataDir } from "../db/client";

if (process.env.DATABASE_URL) {
  console.error("DATABASE_URL đang được đặt: lệnh này chỉ xóa cơ sở dữ liệu nhúng (PGlite).");
  process.exit(1);
}
const dir = path.join(dataDir(), "pglite");
rmSync(dir, { recursive: true, force: true });
console.log(`Đã xóa ${dir}. Lần khởi động tới sẽ nạp lại dữ liệu.`);
