// `npm run db:provinces`: load the country's provinces before and after 1 July 2025
// (seeds/provinces-vn-2025.json): creates the missing ones, closes the merged ones and links
// them to their successors. Running it again changes nothing.
import { openDb } from "../db/client";
import { loadProvinces } from "../server/services/unit-admin";

const handle = await openDb({ url: process.env.DATABASE_URL || undefined });
try {
  await handle.migrate();
  const r = await loadProvinces(handle.db, null);
  console.log(`Đã nạp danh sách tỉnh, thành phố (${handle.kind}): thêm ${r.created}, đóng ${r.closed}, liên kết sáp nhập ${r.linked}.`);
} finally {
  await handle.close();
}
