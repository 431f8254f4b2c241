// A histogram (core/stats/histogram.ts) as a bar chart, followed by the same series in words, for
// readers and renderers without Mermaid. Bins come from the report; nothing is recounted here.
import type { Histogram } from "../core/stats/histogram.js";
import { int } from "./format.js";
import { mermaidXyChart } from "./xyChart.js";

function binLabel(from: number, to: number): string {
  return to - from <= 1 ? String(from) : `${from}-${to - 1}`;
}

export function histogramChart(histogram: Histogram, options: { title: string; xAxis: string; series: string }): string {
  if (histogram.bins.length === 0) return `_${options.series}: none._`;
  const top = Math.max(1, ...histogram.bins.map((b) => b.count));
  const words = histogram.bins.map((b) => `${binLabel(b.from, b.to)}: ${int(b.count)}`).join(" · ");
  const chart = mermaidXyChart({
    title: options.title,
    x: { title: options.xAxis, labels: histogram.bins.map((b) => binLabel(b.from, b.to)) },
    y: { title: options.series, range: [0, top] },
    series: [{ kind: "bar", values: histogram.bins.map((b) => String(b.count)) }],
  });
  return [chart, "", `Bars: ${options.series} per ${options.xAxis} bin. ${words}`].join("\n");
}
