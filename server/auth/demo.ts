import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import * as s from "../../db/schema";
import type { Role } from "../domain/roles";
import { insertUser } from "../services/users";

export const DEMO_PASSWORD = "demo12345";

export interface DemoAccount {
  username: string;
  fullName: string;
  unitCode: string;
  roles: Role[];
}

/** The demo accounts: one per kind of user, in the units of the seed data. */
export const demoAccounts: DemoAccount[] = [
  { username: "admin", fullName: "Quản trị hệ thống", unitCode: "lai-chau", roles: ["quan-tri"] },
  { username: "snv.laichau", fullName: "Cán bộ Sở Nội vụ Lai Châu", unitCode: "lai-chau.so-noi-vu", roles: ["noi-vu"] },
  { username: "noivu.tamduong", fullName: "Cán bộ Phòng Nội vụ Tam Đường", unitCode: "lai-chau.tam-duong.phong-noi-vu", roles: ["noi-vu"] },
  { username: "lanhdao.tamduong", fullName: "Lãnh đạo UBND huyện Tam Đường", unitCode: "lai-chau.tam-duong", roles: ["lanh-dao"] },
  { username: "taichinh.tamduong", fullName: "Cán bộ Phòng Tài chính - Kế hoạch", unitCode: "lai-chau.tam-duong.phong-tai-chinh-ke-hoach", roles: ["don-vi"] },
  { username: "tuphap.tamduong", fullName: "Cán bộ Phòng Tư pháp Tam Đường", unitCode: "lai-chau.tam-duong.phong-tu-phap", roles: ["don-vi"] },
  { username: "sotuphap.laichau", fullName: "Cán bộ Sở Tư pháp Lai Châu", unitCode: "lai-chau.so-tu-phap", roles: ["don-vi"] },
  { username: "snv.quangnam", fullName: "Cán bộ Sở Nội vụ Quảng Nam", unitCode: "quang-nam.so-noi-vu", roles: ["noi-vu"] },
];

/** Demo mode: the embedded database, or DEMO=1. */
export function isDemoMode(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.DATABASE_URL || env.DEMO === "1";
}

/**
 * In demo mode, create the demo accounts that are missing (and re-enable them). Outside demo
 * mode, disable any that exist, so they can never sign in on a real deployment.
 */
export async function syncDemoAccounts(db: Db, demoMode: boolean): Promise<number> {
  return db.transaction(async (tx) => {
    const names = demoAccounts.map((a) => a.username);
    const existing = await tx
      .select({ id: s.users.id, username: s.users.username })
      .from(s.users)
      .where(and(inArray(s.users.username, names), eq(s.users.isDemo, true)));
    if (!demoMode) {
      if (existing.length) await tx.update(s.users).set({ disabled: true }).where(eq(s.users.isDemo, true));
      return 0;
    }
    const have = new Set(existing.map((e) => e.username));
    let created = 0;
    const missing = demoAccounts.filter((a) => !have.has(a.username));
    const taken = new Set(
      missing.length
        ? (await tx.select({ username: s.users.username }).from(s.users).where(inArray(s.users.username, missing.map((a) => a.username)))).map((u) => u.username)
        : [],
    );
    // A real account with a demo name is left alone. The accounts are made together: their
    // password hashes (scrypt, ≈0,1 s each) are computed in parallel, which shortens a first start.
    const toCreate = missing.filter((a) => !taken.has(a.username));
    await Promise.all(toCreate.map((account) => insertUser(tx, { ...account, password: DEMO_PASSWORD, isDemo: true })));
    created = toCreate.length;
    await tx.update(s.users).set({ disabled: false }).where(eq(s.users.isDemo, true));
    return created;
  });
}
