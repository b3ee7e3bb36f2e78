// `npm run db:restore FILE`: restore a backup into an empty database ($DATABASE_URL, or the data
// directory's embedded database) and evidence directory. Checks every checksum first; refuses a
// database that already holds data. Stop the server first.
import path from "node:path";
import { openDb } from "../db/client";
import { BackupError, restoreBackup } from "../server/backup/backup";
import { runningServer } from "../server/backup/running";

const file = process.argv[2];
if (!file) {
  console.error("Cách dùng: npm run db:restore -- <tệp sao lưu>");
  process.exit(2);
}
if (runningServer()) {
  console.error("Máy chủ đang chạy trên thư mục dữ liệu này: hãy dừng máy chủ trước khi khôi phục.");
  process.exit(1);
}
const handle = await openDb({ url: process.env.DATABASE_URL || undefined });
try {
  await handle.migrate();
  const r = await restoreBackup(handle.db, path.resolve(file));
  console.log(`Đã khôi phục ${r.tables} bảng (${r.rows} dòng) và ${r.evidence} tệp kiểm chứng vào ${handle.location}.`);
} catch (e) {
  if (e instanceof BackupError) {
    console.error(e.message);
    process.exitCode = 1;
  } else throw e;
} finally {
  await handle.close();
}
