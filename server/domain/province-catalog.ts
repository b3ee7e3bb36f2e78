import { nameKey } from "./results-import";

/**
 * The country's provinces before and after 1 July 2025 (seeds/provinces-vn-2025.json), and the
 * pure steps to load them: match a name as published to a province, and plan what loading the
 * file would change (create the missing provinces, close the merged ones, link them). Loading
 * twice plans nothing the second time.
 */

export interface CatalogProvince {
  code: string;
  name: string;
  shortName: string;
  aliases: string[];
  before2025: boolean;
  after2025: boolean;
}

export interface ProvinceCatalog {
  decision: string;
  effectiveOn: string;
  provinces: CatalogProvince[];
  mergers: Array<{ into: string; from: string[] }>;
}

/** "UBND tỉnh Lai Châu", "Tỉnh Lai Châu", "Lai Châu", "TP. Hồ Chí Minh" → the bare place name's key. */
export function provinceKey(name: string): string {
  return nameKey(name)
    .replace(/^(ubnd|uy ban nhan dan) /, "")
    .replace(/^(tinh|thanh pho|tp) /, "")
    .trim();
}

/** The catalogue's province a published name stands for, or null. */
export function matchProvince(catalog: ProvinceCatalog, name: string): CatalogProvince | null {
  const key = provinceKey(name);
  if (!key) return null;
  for (const p of catalog.provinces) {
    if ([p.name, p.shortName, ...p.aliases].some((n) => provinceKey(n) === key)) return p;
  }
  return null;
}

export interface ExistingProvince {
  id: number;
  code: string;
  closedOn: string | null;
}

export interface ProvinceLoadPlan {
  create: CatalogProvince[];
  /** Codes of provinces to close on the effective date. */
  close: string[];
  /** Merger links to add (codes). */
  link: Array<{ from: string; into: string }>;
}

/**
 * What loading the catalogue would do, given the provinces kept (by code) and the merger links
 * kept (as "from>into" code pairs). Existing provinces are never renamed: a name typed by Home
 * Affairs ("UBND tỉnh Lai Châu") is theirs to keep.
 */
export function planProvinceLoad(
  catalog: ProvinceCatalog,
  existing: ReadonlyMap<string, ExistingProvince>,
  links: ReadonlySet<string>,
): ProvinceLoadPlan {
  const create = catalog.provinces.filter((p) => !existing.has(p.code));
  const close: string[] = [];
  const link: Array<{ from: string; into: string }> = [];
  for (const m of catalog.mergers) {
    for (const from of m.from) {
      if (!existing.get(from)?.closedOn) close.push(from);
      if (!links.has(`${from}>${m.into}`)) link.push({ from, into: m.into });
    }
  }
  return { create, close, link };
}

/** Checks a catalogue holds what it says: 63 before, 34 after, every merger between known provinces. */
export function catalogProblems(catalog: ProvinceCatalog): string[] {
  const out: string[] = [];
  const codes = new Set(catalog.provinces.map((p) => p.code));
  if (codes.size !== catalog.provinces.length) out.push("Mã tỉnh bị trùng.");
  const before = catalog.provinces.filter((p) => p.before2025).length;
  const after = catalog.provinces.filter((p) => p.after2025).length;
  if (before !== 63) out.push(`Cần 63 tỉnh, thành phố trước 01/07/2025 (đang có ${before}).`);
  if (after !== 34) out.push(`Cần 34 tỉnh, thành phố từ 01/07/2025 (đang có ${after}).`);
  const merged = new Set<string>();
  for (const m of catalog.mergers) {
    if (!catalog.provinces.find((p) => p.code === m.into)?.after2025) out.push(`"${m.into}" không phải tỉnh sau sáp nhập.`);
    for (const f of m.from) {
      if (!codes.has(f)) out.push(`Không có tỉnh "${f}".`);
      if (catalog.provinces.find((p) => p.code === f)?.after2025) out.push(`"${f}" vẫn còn sau 01/07/2025 nhưng được ghi là sáp nhập.`);
      merged.add(f);
    }
  }
  for (const p of catalog.provinces) {
    if (p.before2025 && !p.after2025 && !merged.has(p.code)) out.push(`"${p.code}" không còn sau 01/07/2025 nhưng không sáp nhập vào đâu.`);
  }
  return out;
}
