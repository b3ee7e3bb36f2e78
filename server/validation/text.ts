/**
 * Text Postgres cannot store or that breaks JSON: a NUL character, or a lone UTF-16 surrogate
 * (half of an emoji, left by a bad copy or a hostile client). Refused at the boundary.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !text.includes("\u0000") && !LONE_SURROGATE.test(text);
}
