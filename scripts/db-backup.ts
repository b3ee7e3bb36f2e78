// `npm run db:backup [-- FILE]`: one file with every table and every evidence file, with a manifest
// and checksums. Through the running server when there is one (PGlite allows one process per data
// directory), else straight from $DATABASE_URL or the data directory.
import path from "node:path";
import { dataDir, openDb } from "../db/client";
import { createBackup, type BackupSummary } from "../server/backup/backup";
import { runningServer } from "../server/backup/running";

const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
const file = path.resolve(process.argv[2] ?? path.join(dataDir(), "backups", `sao-luu-${stamp}.tar.gz`));

let summary: BackupSummary;
const server = runningServer();
if (server) {
  const res = await fetch(`http://127.0.0.1:${server.port}/_control/backup`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-control-token": server.token },
    body: JSON.stringify({ file }),
  });
  const answer = (await res.json()) as { ok: boolean; summary?: BackupSummary; message?: string };
  if (!res.ok || !answer.ok || !answer.summary) {
    console.error(`Sao lưu thất bại: ${answer.message ?? res.status}`);
    process.exit(1);
  }
  summary = answer.summary;
} else {
  const handle = await openDb({ url: process.env.DATABASE_URL || undefined });
  try {
    summary = await createBackup(handle.db, handle.kind, file);
  } finally {
    await handle.close();
  }
}
console.log(
  `Đã sao lưu vào ${summary.file} (${(summary.bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB): ${summary.tables} bảng, ${summary.rows} dòng, ${summary.evidence} tệp kiểm chứng.`,
);
