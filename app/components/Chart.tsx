import type { EChartsCoreOption } from "echarts/core";
import { useContext, useEffect, useRef, type ReactNode } from "react";
import { InlineMarkupContext } from "../lib/inline-markup";

/**
 * A chart: the server's SVG first (readable without JavaScript), replaced by the interactive
 * ECharts version once the chart scrolls into view. Its numbers are always there as a table.
 * The SVG comes in the HTML only (`svg` names its slot, see placeInline): hydration leaves the
 * server's markup in place (React does not rewrite dangerouslySetInnerHTML when hydrating), and
 * after a client-side navigation the chart is drawn by ECharts alone.
 */
export function Chart({
  svg,
  build,
  label,
  height,
  table,
}: {
  /** The slot of the server-drawn SVG in this document, or null. */
  svg: string | null;
  /** Builds the option in the browser (option builders hold formatter functions). */
  build: () => EChartsCoreOption;
  label: string;
  height: number;
  table: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const inline = useContext(InlineMarkupContext);
  const html = svg && inline ? (inline(svg) ?? "") : "";
  // The chart is drawn again when its data changes (the slot's name stays the same across pages).
  const dataKey = JSON.stringify(build());
  const buildRef = useRef(build);
  buildRef.current = build;

  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    let disposed = false;
    let chart: { dispose(): void; resize(): void } | null = null;
    const onResize = () => chart?.resize();
    const mount = () =>
      void import("../lib/echarts.client").then(({ mountChart }) => {
        if (disposed) return;
        el.innerHTML = "";
        chart = mountChart(el, buildRef.current());
        window.addEventListener("resize", onResize);
      });
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      mount();
    });
    // With the server's SVG on screen the interactive chart can wait until it is seen; without it
    // (the page came by client-side navigation) it is drawn at once, so no panel stays empty.
    if (el.firstChild) observer.observe(el);
    else mount();
    return () => {
      disposed = true;
      observer.disconnect();
      window.removeEventListener("resize", onResize);
      chart?.dispose();
    };
  }, [dataKey]);

  return (
    <figure className="chart">
      <div ref={ref} className="chart-canvas" style={{ height }} role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />
      <details className="chart-data">
        <summary>Xem số liệu của biểu đồ</summary>
        {table}
      </details>
    </figure>
  );
}
