// Means with their 95% intervals as a bar chart. xychart-beta draws the bars of several series over
// one another, so each category gets three, light to dark: to the interval's upper end, to the
// mean, to its lower end. The two lighter bands are the interval and the mean is where they meet.
// The same figures follow in words, for readers and renderers without Mermaid. Every figure comes
// from the caller; nothing is estimated here.
import { inlineText } from "./escape.js";
import { chartValue, mermaidXyChart } from "./xyChart.js";

export interface IntervalBar {
  /** Category label (ours: an arm name, a model). */
  label: string;
  mean: number;
  lower: number;
  upper: number;
  /** The figure as the report's tables write it, e.g. "0.950 [0.883, 0.983]". */
  text: string;
}

export interface IntervalChart {
  title: string;
  x: { title: string };
  y: { title: string };
  bars: IntervalBar[];
}

/** Light to dark: upper end, mean, lower end. */
const SHADES = ["#b6d4f5", "#4a90d9", "#1d4f91"];

export function intervalChart(chart: IntervalChart): string {
  const bars = chart.bars.filter((b) => [b.mean, b.lower, b.upper].every(Number.isFinite));
  if (bars.length === 0) return "";
  const top = Math.max(...bars.map((b) => b.upper));
  const bottom = Math.min(...bars.map((b) => b.lower));
  // Proportions and scores keep the whole 0 to 1 scale, so a small difference looks small.
  const range: [number, number] = bottom >= 0 && top <= 1 ? [0, 1] : [Math.min(0, Number(chartValue(bottom))), Number(chartValue(top))];
  const block = mermaidXyChart({
    title: chart.title,
    x: { title: chart.x.title, labels: bars.map((b) => b.label) },
    y: { title: chart.y.title, range },
    series: [bars.map((b) => b.upper), bars.map((b) => b.mean), bars.map((b) => b.lower)].map((values) => ({ kind: "bar" as const, values: values.map(chartValue) })),
    palette: SHADES,
  });
  const words = bars.map((b) => `${inlineText(b.label, 100)} ${inlineText(b.text, 100)}`).join(" · ");
  return [block, "", `Bars: the mean where the middle blue ends, the 95% interval from the end of the dark blue to the end of the light blue. ${words}`].join("\n");
}
