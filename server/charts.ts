import * as echarts from "echarts";
import type { EChartsCoreOption } from "echarts/core";

/**
 * Render a chart to SVG on the server, so it shows with JavaScript off and on slow links. The
 * SVG scales to its container (viewBox kept, fixed size removed).
 */
export function renderChartSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString().replace(/^<svg width="\d+" height="\d+"/, '<svg width="100%" preserveAspectRatio="xMidYMid meet"');
  } finally {
    chart.dispose();
  }
}
