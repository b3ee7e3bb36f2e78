import { foldVietnamese } from "./text";

/**
 * The units a task table's lead or coordinating cell names. Pure: the caller passes the units the
 * plan may name (its issuer's subtree: in Lai Châu's plan "Sở Nội vụ" is Lai Châu's, not Quảng
 * Nam's), and shows what could not be decided to a person, who chooses.
 *
 * A cell is a list: "Sở Nội vụ; Sở Tư pháp", "Sở Nội vụ, Sở Tài chính và Sở Kế hoạch và Đầu tư".
 * The separators (";", ",", " và ") also occur inside names ("Sở Văn hóa, Thể thao và Du lịch",
 * "Sở Khoa học và Công nghệ"), so the cell is cut at every separator and the pieces are put back
 * together greedily: at each place the LONGEST run of pieces that names a known unit wins.
 *
 * Names are compared ignoring case, diacritics, extra spaces and the kind of dash, with "Ủy ban
 * nhân dân" read as "UBND". When the full name finds nothing, the prefixes "Phòng", "Sở", "UBND"
 * are set aside ("Nội vụ" finds both Sở Nội vụ and Phòng Nội vụ: ambiguous), but two different
 * printed prefixes never match ("Sở Nội vụ" is not Phòng Nội vụ; it is offered as a suggestion).
 *
 * Phrases that name a group ("Các sở, ban, ngành", "UBND huyện, thành phố", "UBND các xã, thị
 * trấn", "Các cơ quan, đơn vị có liên quan") are kept as printed with status "group": they are
 * not one unit, and the plan page shows the printed cell.
 */

export interface MatchableUnit {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  aliases: readonly string[];
}

export type NameMatchStatus = "matched" | "ambiguous" | "unknown" | "group";

export interface UnitCandidate {
  id: number;
  code: string;
  name: string;
}

export interface NameMatch {
  /** The piece of the cell as printed (spaces collapsed). */
  text: string;
  status: NameMatchStatus;
  /** When matched. */
  unitId?: number;
  /** When ambiguous: the units it may be; when unknown: the closest names, best first (may be empty). */
  candidates?: UnitCandidate[];
}

/**
 * The key names are compared by: folded, "Ủy ban nhân dân" → "ubnd", "Hội đồng nhân dân" →
 * "hdnd", dashes alike, spaces collapsed, no trailing punctuation.
 */
export function unitNameKey(text: string): string {
  return foldVietnamese(text.normalize("NFC"))
    .replace(/\s*[-–—‐]\s*/g, " - ")
    .replace(/\buy ban nhan dan\b/g, "ubnd")
    .replace(/\bhoi dong nhan dan\b/g, "hdnd")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[\s.;,:]+|[\s.;,:]+$/g, "");
}

const PREFIX_RE = /^(phong|so|ubnd)\s+(.+)$/;

function splitPrefix(key: string): { prefix: string | null; core: string } {
  const m = PREFIX_RE.exec(key);
  return m ? { prefix: m[1]!, core: m[2]! } : { prefix: null, core: key };
}

/** Words a group of units is described with after "UBND": "UBND các huyện, thành phố". */
const LEVEL_WORDS = new Set(["cac", "cap", "huyen", "thanh", "pho", "thi", "xa", "tran", "phuong", "quan", "tinh"]);

/** Does this piece start a group phrase? */
function isGroupHead(key: string): boolean {
  if (/^cac\s/.test(key)) return true; // "Các sở, ban, ngành", "các cơ quan, đơn vị liên quan"
  if (key === "so") return true; // "sở, ban, ngành" without "các"
  if (/^(co quan|don vi|dia phuong)( co)? lien quan$/.test(key)) return true;
  const ubnd = /^ubnd\s+(.+)$/.exec(key);
  if (ubnd) {
    const words = ubnd[1]!.split(" ");
    // "UBND tỉnh" is the province itself, not a group.
    return ubnd[1] !== "tinh" && words.every((w) => LEVEL_WORDS.has(w));
  }
  return /^cap (huyen|xa|tinh)$/.test(key);
}

/** Inside a group, "các ..." or "UBND ..." after a comma starts the next group, not more of this one. */
function startsNextGroup(key: string): boolean {
  return /^(cac|ubnd)\s/.test(key);
}

/** Words that start the name of an organisation: an unknown name stops before the next one. */
const ORG_START =
  /^(so|phong|ubnd|hdnd|van phong|ban|trung tam|thanh tra|cong an|cuc|chi cuc|dai|bao|hoi|hoi dong|mat tran|buu dien|kho bac|bao hiem|toa an|vien|truong|benh vien|doan|lien doan|tinh doan|huyen doan|to|xa|thi tran|huyen|thanh pho|thi xa|bo) /;

interface Piece {
  text: string;
  /** Separator printed before it ("" for the first). */
  sep: string;
}

/** Cut at ";", "," and " và ", keeping the separators so that pieces join back as printed. */
function cutPieces(cell: string): Piece[] {
  const text = cell.replace(/\s+/g, " ").trim();
  const out: Piece[] = [];
  const re = /\s*[;,]\s*|\s+và\s+/giu;
  let last = 0;
  let sep = "";
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(last, m.index), sep });
    sep = m[0];
    last = m.index + m[0].length;
  }
  out.push({ text: text.slice(last), sep });
  return out.filter((p) => p.text.trim() !== "");
}

function joinPieces(pieces: readonly Piece[], from: number, to: number): string {
  let s = pieces[from]!.text;
  for (let k = from + 1; k < to; k++) s += pieces[k]!.sep + pieces[k]!.text;
  return s.replace(/[\s.;,:]+$/, "").trim();
}

function sepKind(sep: string): "semicolon" | "comma" | "va" {
  if (sep.includes(";")) return "semicolon";
  return sep.includes(",") ? "comma" : "va";
}

function startsLower(text: string): boolean {
  const c = /\p{L}/u.exec(text)?.[0];
  return c !== undefined && c === c.toLowerCase() && c !== c.toUpperCase();
}

type Lookup =
  | { kind: "matched"; id: number }
  | { kind: "ambiguous"; ids: number[] }
  | { kind: "none"; suggestions: number[] };

/** Longest run of pieces a known unit's name covers, from each place (at most this many). */
const MAX_PIECES_IN_NAME = 8;

/** A matcher over a fixed list of units: build once, match every cell of a table. */
export function createUnitMatcher(units: readonly MatchableUnit[]): (cellText: string) => NameMatch[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const exact = new Map<string, Set<number>>();
  const byCore = new Map<string, Array<{ id: number; prefix: string | null }>>();
  const names: Array<{ id: number; tokens: Set<string> }> = [];
  for (const u of units) {
    const spellings = [u.name, ...u.aliases, ...(u.shortName ? [u.shortName] : [])];
    for (const spelling of spellings) {
      const key = unitNameKey(spelling);
      if (key === "") continue;
      exact.set(key, (exact.get(key) ?? new Set()).add(u.id));
      const { prefix, core } = splitPrefix(key);
      byCore.set(core, [...(byCore.get(core) ?? []), { id: u.id, prefix }]);
      names.push({ id: u.id, tokens: tokens(core) });
    }
  }

  const lookup = (text: string): Lookup => {
    const key = unitNameKey(text);
    const full = exact.get(key);
    if (full && full.size === 1) return { kind: "matched", id: [...full][0]! };
    if (full && full.size > 1) return { kind: "ambiguous", ids: [...full] };
    const { prefix, core } = splitPrefix(key);
    const entries = byCore.get(core) ?? [];
    const fits = [...new Set(entries.filter((e) => prefix === null || e.prefix === null || e.prefix === prefix).map((e) => e.id))];
    if (fits.length === 1) return { kind: "matched", id: fits[0]! };
    if (fits.length > 1) return { kind: "ambiguous", ids: fits };
    return { kind: "none", suggestions: [...new Set(entries.map((e) => e.id))] };
  };

  /** Closest names by shared words: for a person to choose from when nothing matched. */
  const suggest = (text: string, first: number[]): number[] => {
    const mine = tokens(splitPrefix(unitNameKey(text)).core);
    const scored = new Map<number, number>();
    for (const n of names) {
      const shared = [...mine].filter((t) => n.tokens.has(t)).length;
      const score = shared / (mine.size + n.tokens.size - shared || 1);
      if (score >= 0.5) scored.set(n.id, Math.max(scored.get(n.id) ?? 0, score));
    }
    const ranked = [...scored.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    return [...new Set([...first, ...ranked])].slice(0, 5);
  };

  const candidate = (id: number): UnitCandidate => {
    const u = byId.get(id)!;
    return { id: u.id, code: u.code, name: u.name };
  };

  return (cellText: string): NameMatch[] => {
    const pieces = cutPieces(cellText);
    const out: NameMatch[] = [];
    const knownAt = (i: number): { to: number; found: Exclude<Lookup, { kind: "none" }> } | null => {
      for (let j = Math.min(pieces.length, i + MAX_PIECES_IN_NAME); j > i; j--) {
        // A name never runs across a semicolon.
        if (pieces.slice(i + 1, j).some((p) => sepKind(p.sep) === "semicolon")) continue;
        const found = lookup(joinPieces(pieces, i, j));
        if (found.kind !== "none") return { to: j, found };
      }
      return null;
    };
    let i = 0;
    while (i < pieces.length) {
      const known = knownAt(i);
      if (known) {
        const text = joinPieces(pieces, i, known.to);
        out.push(
          known.found.kind === "matched"
            ? { text, status: "matched", unitId: known.found.id }
            : { text, status: "ambiguous", candidates: known.found.ids.map(candidate) },
        );
        i = known.to;
        continue;
      }
      const key = unitNameKey(pieces[i]!.text);
      let j = i + 1;
      if (isGroupHead(key)) {
        // "Các sở, ban, ngành": the group goes on over lower-case words after a comma or "và".
        while (
          j < pieces.length &&
          sepKind(pieces[j]!.sep) !== "semicolon" &&
          startsLower(pieces[j]!.text) &&
          !startsNextGroup(unitNameKey(pieces[j]!.text)) &&
          !knownAt(j)
        ) {
          j++;
        }
        out.push({ text: joinPieces(pieces, i, j), status: "group" });
        i = j;
        continue;
      }
      // Unknown: it runs on over pieces that do not start another name ("Sở Văn hóa, Thể thao
      // và Du lịch" when that Sở is not in the list stays one name).
      while (
        j < pieces.length &&
        sepKind(pieces[j]!.sep) !== "semicolon" &&
        !ORG_START.test(`${unitNameKey(pieces[j]!.text)} `) &&
        !isGroupHead(unitNameKey(pieces[j]!.text)) &&
        !knownAt(j)
      ) {
        j++;
      }
      const text = joinPieces(pieces, i, j);
      const near = lookup(text);
      out.push({ text, status: "unknown", candidates: suggest(text, near.kind === "none" ? near.suggestions : []).map(candidate) });
      i = j;
    }
    return out;
  };
}

/** Words of a name, without the ones every name has. */
function tokens(key: string): Set<string> {
  return new Set(key.split(/[^a-z0-9]+/).filter((t) => t !== "" && t !== "va" && t !== "-"));
}

/** Split one lead/coordinating cell into the units it names (see the header comment). */
export function matchUnits(cellText: string, units: readonly MatchableUnit[]): NameMatch[] {
  return createUnitMatcher(units)(cellText);
}
