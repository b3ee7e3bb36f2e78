import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import * as s from "../../db/schema";
import type { Role } from "../domain/roles";
import { insertUser } from "../services/users";

export const DEMO_PASSWORD = "demo12345";

/**
 * DEMO_PASSWORD hashed once (scrypt, the parameters of every account; checked by demo.test.ts).
 * The password is public, so one salt for all demo accounts hides nothing, and a first start
 * no longer computes twelve hashes (≈1–1,7 s of the two cores). Real accounts are not touched:
 * each gets its own salt and hash when it is created or changes its password.
 */
export const DEMO_PASSWORD_HASH =
  "scrypt$16384$8$1$CopvjTUny5F8-WUhHhaUxw$-7PhrgjbTTwpX6_q452DWlNLUiCyn3yALThZK4s_rAosERm2mJly4Pzj8yG3FdGJvPVL1ulLjKk7fXt3tLY7bQ";

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
  // The 2024 commune scoring cycle of Tam Đường (doc 004): two communes and two council offices.
  { username: "xa.banbo", fullName: "Cán bộ UBND xã Bản Bo", unitCode: "lai-chau.tam-duong.xa-ban-bo", roles: ["don-vi"] },
  { username: "xa.binhlu", fullName: "Cán bộ UBND xã Bình Lư", unitCode: "lai-chau.tam-duong.xa-binh-lu", roles: ["don-vi"] },
  { username: "thamdinh.tuphap", fullName: "Thành viên Hội đồng thẩm định - Phòng Tư pháp", unitCode: "lai-chau.tam-duong.phong-tu-phap", roles: ["tham-dinh"] },
  { username: "thamdinh.vanphong", fullName: "Thành viên Hội đồng thẩm định - Văn phòng HĐND và UBND huyện", unitCode: "lai-chau.tam-duong.van-phong-hdnd-ubnd", roles: ["tham-dinh"] },
  { username: "snv.quangnam", fullName: "Cán bộ Sở Nội vụ Quảng Nam", unitCode: "quang-nam.so-noi-vu", roles: ["noi-vu"] },
];

/**
 * Demo mode is a property of the database, recorded when it is created for the demonstration
 * (an empty embedded database, or DEMO=1 at creation): a database created otherwise never shows
 * demo accounts, whatever the driver. DEMO=0 turns it off; DEMO=1 turns it on for an older
 * database created before the record existed.
 */
type Env = Readonly<Record<string, string | undefined>>;

export const DEMO_SETTING_KEY = "system.demo-database";

/** Should a database being created now be a demonstration one? */
export function createsDemoDatabase(env: Env = process.env): boolean {
  if (env.DEMO === "0") return false;
  return !env.DATABASE_URL || env.DEMO === "1";
}

/** Record that this (just seeded) database is a demonstration one. */
export async function markDemoDatabase(db: Db): Promise<void> {
  const [root] = await db.select({ id: s.units.id }).from(s.units).where(isNull(s.units.parentId)).orderBy(asc(s.units.id)).limit(1);
  if (!root) return;
  const [existing] = await db.select({ id: s.settings.id }).from(s.settings).where(eq(s.settings.key, DEMO_SETTING_KEY)).limit(1);
  if (!existing) await db.insert(s.settings).values({ rootUnitId: root.id, key: DEMO_SETTING_KEY, value: { createdAt: new Date().toISOString() } });
}

/** Demo mode for this database and environment. */
export async function readDemoMode(db: Db, env: Env = process.env): Promise<boolean> {
  if (env.DEMO === "0") return false;
  if (env.DEMO === "1") return true;
  const [row] = await db.select({ id: s.settings.id }).from(s.settings).where(eq(s.settings.key, DEMO_SETTING_KEY)).limit(1);
  return row !== undefined;
}

const DEMO_STATE = Symbol.for("par-tracker.demo-mode");
type DemoHolder = { [DEMO_STATE]?: boolean };

/** Set once at start-up (see server/startup.ts). */
export function setDemoMode(value: boolean): void {
  (globalThis as DemoHolder)[DEMO_STATE] = value;
}

/** Demo mode as start-up found it; off until then. */
export function isDemoMode(): boolean {
  return (globalThis as DemoHolder)[DEMO_STATE] ?? false;
}

/**
 * In demo mode, create the demo accounts that are missing; one an administrator disabled stays
 * disabled. Outside demo mode, disable any that exist, so they can never sign in on a real
 * deployment.
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
    // A real account with a demo name is left alone.
    const toCreate = missing.filter((a) => !taken.has(a.username));
    for (const account of toCreate) await insertUser(tx, { ...account, password: DEMO_PASSWORD, passwordHash: DEMO_PASSWORD_HASH, isDemo: true });
    created = toCreate.length;
    return created;
  });
}
