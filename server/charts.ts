import { createRequire } from "node:module";
import type * as Echarts from "echarts";
import type { EChartsCoreOption } from "echarts/core";

/**
 * echarts is loaded on the first chart, and as its one-file CommonJS bundle: the ES module entry
 * is hundreds of files and took ≈1,3–2 s of every start of the server (the bundle ≈0,3 s), while
 * only the dashboard draws charts. `warmCharts` loads it once the server is answering.
 */
let echarts: typeof Echarts | undefined;
function loadEcharts(): typeof Echarts {
  echarts ??= createRequire(import.meta.url)("echarts") as typeof Echarts;
  return echarts;
}

/** Load echarts ahead of the first dashboard (called after start-up). */
export function warmCharts(): void {
  loadEcharts();
}

/**
 * Render a chart to SVG on the server, so it shows with JavaScript off and on slow links. The
 * SVG scales to its container (viewBox kept, fixed size removed).
 */
export function renderChartSvg(option: EChartsCoreOption, width: number, height: number): string {
  // The same data draws the same chart: keep the last few hundred SVGs by their data (≈10-40 ms
  // of CPU each). Formatter functions drop out of the key; they follow from the data anyway.
  const key = `${width}x${height}:${JSON.stringify(option)}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const svg = drawSvg(option, width, height);
  cache.set(key, svg);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return svg;
}

const CACHE_SIZE = 300;
const cache = new Map<string, string>();

function drawSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = loadEcharts().init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString().replace(/^<svg width="\d+" height="\d+"/, '<svg width="100%" preserveAspectRatio="xMidYMid meet"');
  } finally {
    chart.dispose();
  }
}
