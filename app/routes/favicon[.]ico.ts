import { readFile } from "node:fs/promises";
import path from "node:path";

/** Browsers ask for /favicon.ico on their own (downloads, bookmarks): answer with the SVG icon. */
export async function loader() {
  const svg = await readFile(path.join(process.cwd(), "public/favicon.svg"));
  return new Response(new Uint8Array(svg), { headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" } });
}
