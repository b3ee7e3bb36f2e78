import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What one HTTP request carries through its loaders: a count of SQL statements (for the
 * benchmark) and reads shared between the root loader and the route loader (the session's user,
 * the unit tree). Nothing here outlives the request, so several app instances never disagree.
 */
export interface RequestContext {
  statements: number;
  /** Statements that were not reads (the page cache keeps no answer of a request that wrote). */
  writes: number;
  memo: Map<string, Promise<unknown>>;
  /** Markup a loader hands straight to the HTML render (see placeInline), never to the page's data. */
  inline: Map<string, string>;
}

// One store per process: the server (server.mjs) and the Remix build both reach it through globalThis.
const KEY = Symbol.for("par-tracker.request-context");
type Holder = { [KEY]?: AsyncLocalStorage<RequestContext> };

function store(): AsyncLocalStorage<RequestContext> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new AsyncLocalStorage<RequestContext>();
  return holder[KEY];
}

export function withRequestContext<T>(work: (ctx: RequestContext) => T): T {
  const ctx: RequestContext = { statements: 0, writes: 0, memo: new Map(), inline: new Map() };
  return store().run(ctx, () => work(ctx));
}

export function currentRequestContext(): RequestContext | undefined {
  return store().getStore();
}

/**
 * Read once per request: the first caller runs `load`, later callers in the same request share
 * its promise. Outside a request (scripts, tests) it simply loads.
 */
export function requestMemo<T>(key: string, load: () => Promise<T>): Promise<T> {
  const ctx = currentRequestContext();
  if (!ctx) return load();
  const hit = ctx.memo.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const pending = load();
  ctx.memo.set(key, pending);
  // A failed read is not kept: the next caller tries again.
  pending.catch(() => ctx.memo.delete(key));
  return pending;
}

const READ = /^\s*(select|with\s+[\s\S]*?\)\s*select)\b/i;

/** Called for every SQL statement the app sends: counted, and any write forgets the request's reads. */
export function noteStatement(sql: string): void {
  const ctx = currentRequestContext();
  if (!ctx) return;
  ctx.statements++;
  if (!READ.test(sql)) {
    ctx.writes++;
    ctx.memo.clear();
  }
}

/**
 * Markup (a chart's server-drawn SVG) for this request's HTML only: the loader returns the slot's
 * name, the document render looks the markup up (entry.server provides it to the page), and the
 * page's serialized data does not carry it a second time. Outside a request there is no HTML to
 * put it in: null.
 */
export function placeInline(markup: string): string | null {
  const ctx = currentRequestContext();
  if (!ctx || markup === "") return null;
  const slot = `inline-${ctx.inline.size}`;
  ctx.inline.set(slot, markup);
  return slot;
}

/** The markup placed under a slot during this request. */
export function inlineMarkup(slot: string): string | undefined {
  return currentRequestContext()?.inline.get(slot);
}
