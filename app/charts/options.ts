import type { EChartsCoreOption } from "echarts/core";
import { formatNumber } from "../lib/format";

/**
 * ECharts options for the dashboard, built from plain data. The same builder runs on the
 * server (SVG shown without JavaScript) and in the browser (the interactive chart), so labels
 * and tooltips format numbers the Vietnamese way in both.
 */

const RED = "#9b1c1c";
const BLUE = "#1d4f91";
const AMBER = "#b7791f";
const GREY = "#6b7280";
const FONT = { fontFamily: "Segoe UI, Roboto, Noto Sans, DejaVu Sans, Arial, sans-serif" };

export interface TrendData {
  /** Each year's score in percent where it is one or converts, else in points (its own series). */
  points: Array<{ year: number; score: number; unit: "percent" | "points"; rank: number | null; rankOf: number | null; flagged: string | null }>;
  targets: Array<{ year: number; value: number | null; printed: string }>;
}

/** Every calendar year from the first to the last, so a year without a result is a gap, not a step. */
export function yearAxis(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const from = Math.min(...years);
  const to = Math.max(...years);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export function trendOption(d: TrendData): EChartsCoreOption {
  const years = yearAxis([...d.points.map((p) => p.year), ...d.targets.map((t) => t.year)]);
  const byYear = new Map(d.points.map((p) => [p.year, p]));
  // The rank axis runs from 1 to "of how many" when known, else a little past the worst rank.
  const rankOf = Math.max(0, ...d.points.map((p) => p.rankOf ?? (p.rank !== null ? p.rank + 2 : 0)));
  const hasPercent = d.points.some((p) => p.unit === "percent");
  const hasPoints = d.points.some((p) => p.unit === "points");
  // Points and percent are never drawn as one line: each unit is its own, named series.
  const percentName = "Chỉ số (%)";
  const pointsName = hasPercent ? "Điểm (không quy ra % được)" : "Điểm";
  const scoreName = hasPercent ? percentName : pointsName;
  const scoreSeries = (unit: "percent" | "points", name: string, color: string) => ({
    name,
    type: "line",
    // A flagged year (score fell, or rank fell while the score rose) stands out in amber.
    data: years.map((y) => {
      const p = byYear.get(y);
      if (!p || p.unit !== unit) return null;
      return p.flagged ? { value: p.score, symbolSize: 13, itemStyle: { color: "#d97706", borderColor: "#d97706" } } : p.score;
    }),
    connectNulls: false,
    symbolSize: 8,
    itemStyle: { color },
    lineStyle: { width: 3, color },
    label: {
      show: true,
      position: "top",
      color,
      fontWeight: "bold",
      lineHeight: 15,
      formatter: (p: { value: number; dataIndex: number }) => {
        const flagged = byYear.get(years[p.dataIndex]!)?.flagged;
        return flagged ? `${formatNumber(p.value)}\n${flagged}` : formatNumber(p.value);
      },
    },
  });
  const scoreLines = [
    ...(hasPercent ? [scoreSeries("percent", percentName, RED)] : []),
    ...(hasPoints ? [scoreSeries("points", pointsName, hasPercent ? GREY : RED)] : []),
  ];
  return {
    animation: false,
    textStyle: FONT,
    color: [RED, BLUE, AMBER],
    legend: { top: 0, data: [...scoreLines.map((l) => l.name), "Thứ hạng", "Mục tiêu"], textStyle: { color: "#374151" } },
    tooltip: { trigger: "axis" },
    // Room under the legend for the axis names.
    grid: { left: 48, right: 56, top: 58, bottom: 28 },
    xAxis: { type: "category", data: years.map(String), axisTick: { alignWithLabel: true } },
    yAxis: [
      {
        type: "value",
        name: scoreName,
        // Room above and below the line for its labels; never past 0-100.
        min: (v: { min: number }) => Math.max(0, Math.floor(v.min) - 4),
        max: (v: { max: number }) => Math.min(100, Math.ceil(v.max) + 3),
        axisLabel: { formatter: (v: number) => formatNumber(v) },
      },
      {
        type: "value",
        name: "Thứ hạng",
        inverse: true,
        min: 1,
        max: rankOf > 0 ? rankOf : undefined,
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => String(v) },
      },
    ],
    series: [
      ...scoreLines,
      {
        name: "Thứ hạng",
        type: "line",
        yAxisIndex: 1,
        data: years.map((y) => byYear.get(y)?.rank ?? null),
        connectNulls: false,
        lineStyle: { type: "dashed", width: 2 },
        symbol: "rect",
        symbolSize: 7,
        label: { show: true, position: "right", color: BLUE, formatter: (p: { value: number }) => `hạng ${p.value}` },
      },
      {
        name: "Mục tiêu",
        type: "scatter",
        symbol: "diamond",
        symbolSize: 14,
        data: years.map((y) => d.targets.find((t) => t.year === y && t.value !== null)?.value ?? null),
        label: { show: true, position: "right", color: AMBER, formatter: (p: { dataIndex: number }) => d.targets.find((t) => t.year === years[p.dataIndex])?.printed ?? "" },
      },
    ],
  };
}

export interface ComponentBar {
  name: string;
  actual: number | null;
  target: number | null;
}

export function componentsOption(rows: ComponentBar[], labels: { actual: string; target: string }): EChartsCoreOption {
  const ordered = [...rows].reverse(); // first component at the top
  return {
    animation: false,
    textStyle: FONT,
    color: [RED, "#e5b54a"],
    legend: { top: 0, data: [labels.actual, labels.target] },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 130, right: 48, top: 32, bottom: 24 },
    xAxis: { type: "value", max: 100, axisLabel: { formatter: (v: number) => `${v} %` } },
    yAxis: { type: "category", data: ordered.map((r) => r.name), axisLabel: { width: 120, overflow: "truncate" } },
    series: [
      {
        name: labels.actual,
        type: "bar",
        data: ordered.map((r) => r.actual),
        barGap: "10%",
        label: { show: true, position: "right", formatter: (p: { value: number }) => formatNumber(p.value), fontSize: 11 },
      },
      {
        name: labels.target,
        type: "bar",
        data: ordered.map((r) => r.target),
        label: { show: true, position: "right", formatter: (p: { value: number }) => formatNumber(p.value), fontSize: 11, color: GREY },
      },
    ],
  };
}

export function radarOption(rows: ComponentBar[], labels: { actual: string; target: string }): EChartsCoreOption {
  return {
    animation: false,
    textStyle: FONT,
    color: [RED, "#e5b54a"],
    legend: { bottom: 0, data: [labels.actual, labels.target] },
    tooltip: {},
    radar: {
      radius: "58%",
      center: ["50%", "50%"],
      indicator: rows.map((r) => ({ name: r.name, max: 100, min: 0 })),
      axisName: { color: "#374151", fontSize: 11 },
    },
    series: [
      {
        type: "radar",
        data: [
          { name: labels.actual, value: rows.map((r) => r.actual ?? 0), areaStyle: { opacity: 0.15 } },
          { name: labels.target, value: rows.map((r) => r.target ?? 0), lineStyle: { type: "dashed" } },
        ],
      },
    ],
  };
}
