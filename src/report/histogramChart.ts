// The token-length histogram as a Mermaid xychart (GitHub renders ```mermaid blocks), followed by
// the same series in words, for readers and renderers without Mermaid. Bins come from the report.
import type { Histogram } from "../../core/stats/histogram.js";
import { int } from "./format.js";

function binLabel(from: number, to: number): string {
  return to - from <= 1 ? String(from) : `${from}-${to - 1}`;
}

export function histogramChart(histogram: Histogram, options: { title: string; xAxis: string; series: string }): string {
  if (histogram.bins.length === 0) return `_${options.series}: none._`;
  const labels = histogram.bins.map((b) => `"${binLabel(b.from, b.to)}"`).join(", ");
  const counts = histogram.bins.map((b) => b.count).join(", ");
  const top = Math.max(1, ...histogram.bins.map((b) => b.count));
  const words = histogram.bins.map((b) => `${binLabel(b.from, b.to)}: ${int(b.count)}`).join(" · ");
  return [
    "```mermaid",
    "xychart-beta",
    `    title "${options.title}"`,
    `    x-axis "${options.xAxis}" [${labels}]`,
    `    y-axis "${options.series}" 0 --> ${top}`,
    `    bar [${counts}]`,
    "```",
    "",
    `Bars: ${options.series} per ${options.xAxis} bin. ${words}`,
  ].join("\n");
}
