// One or more series over the same x values as a line chart, with the lines named in a sentence
// below it (xychart-beta draws no legend).
import { chartValue, mermaidXyChart } from "./xyChart.js";

export interface LineChart {
  title: string;
  x: { title: string; values: number[] };
  y: { title: string };
  /** Each as long as x.values; drawn and named in this order. Names are markdown the caller made safe. */
  series: { name: string; values: number[] }[];
  /** Said after the names, e.g. which points were left out. */
  note?: string;
}

const ORDINAL = ["first", "second", "third", "fourth", "fifth", "sixth"];

export function lineChart(chart: LineChart): string[] {
  const block = mermaidXyChart({
    title: chart.title,
    x: { title: chart.x.title, labels: chart.x.values },
    y: { title: chart.y.title },
    series: chart.series.map((s) => ({ kind: "line" as const, values: s.values.map(chartValue) })),
  });
  const names = chart.series.map((s, i) => `${ORDINAL[i] ?? `${i + 1}th`} line: **${s.name}**`);
  return [block, "", `Lines: ${names.join("; ")}.${chart.note ? ` ${chart.note}` : ""}`];
}
