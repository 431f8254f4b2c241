// The one table writer of every report: a table is a header and rows of strings, written as GFM
// (markdown-table) for comments and job summaries, or as aligned columns for a terminal.
import { markdownTable as gfmTable } from "markdown-table";
import { inlineText, terminalLine } from "./escape.js";

export type Align = "left" | "right" | "center";

export interface Table {
  header: string[];
  rows: string[][];
  /** Per column; unset columns are left to the renderer's default (left). */
  align?: (Align | undefined)[];
}

export interface MarkdownTableOptions {
  /**
   * "text" (the default): every cell is plain text, escaped here, so dataset text cannot break out
   * of its cell or ping anyone. "markdown": the cells are markup a renderer built from escaped
   * parts (links, code spans) and are written as they are.
   */
  cells?: "text" | "markdown";
}

const ALIGN_CODE: Record<Align, string> = { left: "l", right: "r", center: "c" };
/** A cell over this many characters is cut with an ellipsis (inlineText). */
const CELL_CHARS = 500;

export function markdownTable(table: Table, options: MarkdownTableOptions = {}): string {
  const cell = options.cells === "markdown" ? (c: string) => c : (c: string) => inlineText(c, CELL_CHARS);
  // Unpadded ("| a | b |" over "| - | - |"): padding every cell to its column's width would spend
  // a comment's 65,536 characters on spaces.
  return gfmTable([table.header.map(cell), ...table.rows.map((row) => row.map(cell))], {
    alignDelimiters: false,
    align: (table.align ?? []).map((a) => (a ? ALIGN_CODE[a] : "")),
  });
}

/**
 * Columns padded to their widest cell, a dashed rule under the header; right-aligned columns stay
 * right. Cells are made inert (terminalLine) before they are measured: one line per row, whatever
 * they hold, and the columns line up as printed.
 */
export function terminalTable(table: Table): string {
  const all = [table.header, ...table.rows].map((row) => row.map(terminalLine));
  const widths = table.header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  const pad = (c: string, i: number) => (table.align?.[i] === "right" ? c.padStart(widths[i]!) : c.padEnd(widths[i]!));
  const line = (r: string[]) => r.map((c, i) => pad(c, i)).join("  ").trimEnd();
  return [line(all[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(line)].join("\n");
}
