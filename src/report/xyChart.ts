// A Mermaid xychart-beta block (GitHub renders ```mermaid fences): the one chart writer behind the
// bar and line charts of every report. Titles are ours; a double quote would end Mermaid's string,
// so it becomes a single one.

export interface XyChart {
  title: string;
  /** Category labels: strings are quoted, numbers written as they are. */
  x: { title: string; labels: (string | number)[] };
  y: { title: string; range?: [number, number] };
  /** Drawn in order; xychart-beta has no legend, so callers name the series in text. */
  series: { kind: "bar" | "line"; values: string[] }[];
  /** Colours of the series, in order (#rrggbb): for charts whose series only read with the right shades. */
  palette?: string[];
}

export function mermaidXyChart(chart: XyChart): string {
  const labels = chart.x.labels.map((l) => (typeof l === "number" ? String(l) : `"${quoteSafe(l)}"`)).join(", ");
  const range = chart.y.range ? ` ${chart.y.range[0]} --> ${chart.y.range[1]}` : "";
  const palette = chart.palette?.filter((c) => /^#[0-9a-f]{6}$/i.test(c)) ?? [];
  return [
    "```mermaid",
    ...(palette.length ? [`%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette.join(", ")}"}}}}%%`] : []),
    "xychart-beta",
    `  title "${quoteSafe(chart.title)}"`,
    `  x-axis "${quoteSafe(chart.x.title)}" [${labels}]`,
    `  y-axis "${quoteSafe(chart.y.title)}"${range}`,
    ...chart.series.map((s) => `  ${s.kind} [${s.values.join(", ")}]`),
    "```",
  ].join("\n");
}

/** A value to 4 significant digits, without trailing zeros: enough for a line a reader compares by eye. */
export function chartValue(v: number): string {
  return String(Number(v.toPrecision(4)));
}

function quoteSafe(text: string): string {
  return text.replace(/"/g, "'").replace(/\r?\n|\r/g, " ");
}
