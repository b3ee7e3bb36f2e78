import * as echarts from "echarts";
import type { EChartsCoreOption } from "echarts/core";

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
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString().replace(/^<svg width="\d+" height="\d+"/, '<svg width="100%" preserveAspectRatio="xMidYMid meet"');
  } finally {
    chart.dispose();
  }
}
