// The interactive chart code, loaded lazily by <Chart>: only the pieces the dashboard uses.
import { BarChart, LineChart, RadarChart, ScatterChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkPointComponent, RadarComponent, TooltipComponent } from "echarts/components";
import { init, use as registerEcharts, type EChartsCoreOption, type EChartsType } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

registerEcharts([LineChart, BarChart, RadarChart, ScatterChart, GridComponent, LegendComponent, MarkPointComponent, RadarComponent, TooltipComponent, SVGRenderer]);

export function mountChart(el: HTMLElement, option: EChartsCoreOption): EChartsType {
  const chart = init(el, null, { renderer: "svg" });
  chart.setOption(option);
  return chart;
}
