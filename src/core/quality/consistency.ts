// Consistency of the training data: one system prompt, one answer shape. The seed's rule:
// "Inconsistent examples teach the model inconsistency."
import type { ExampleStore } from "../dataset/exampleStore.js";
import type { FindingCollector } from "../findingCollector.js";
import { describe } from "./duplicates.js";

export interface SystemPromptSummary {
  examplesWithSystemPrompt: number;
  variants: number;
  /** True when more distinct prompts exist than were tracked. */
  variantsCapped: boolean;
  dominantShare: number;
  dominantSample: string | undefined;
}

export function checkSystemPrompts(store: ExampleStore, findings: FindingCollector, dominanceThreshold: number): SystemPromptSummary {
  // Past the tracking cap a prompt has no id; such examples are left out of this check.
  const rows = store.rowsOf("train").filter((r) => store.systemId.get(r) !== -1);
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(store.systemId.get(r), (counts.get(store.systemId.get(r)) ?? 0) + 1);
  let dominant = -1;
  let best = 0;
  for (const [id, n] of counts) if (id !== -1 && n > best) [dominant, best] = [id, n];
  const withPrompt = rows.length;
  const share = withPrompt ? best / withPrompt : 0;
  if (dominant !== -1 && counts.size > 1 && share >= dominanceThreshold) {
    const reference = store.systemPrompts.firstRow[dominant]!;
    for (const r of rows) {
      if (store.systemId.get(r) === dominant) continue;
      findings.add(
        "inconsistent-system-prompt",
        store.locate(r),
        `system prompt differs from the one ${Math.round(share * 100)}% of examples use (first at ${describe(store, reference)})`,
        store.locate(reference),
      );
    }
  }
  return {
    examplesWithSystemPrompt: withPrompt,
    variants: counts.size,
    variantsCapped: store.systemPrompts.overflowed,
    dominantShare: share,
    dominantSample: dominant === -1 ? undefined : store.systemSamples[dominant],
  };
}

export interface AnswerFormatSummary {
  answers: number;
  jsonShare: number;
  /** Keys that at least the key threshold of JSON answers have. */
  commonKeys: string[];
}

export function checkAnswerFormat(store: ExampleStore, findings: FindingCollector, jsonThreshold: number, keyThreshold: number): AnswerFormatSummary {
  const rows = store.rowsOf("train").filter((r) => store.shapeId.get(r) !== -1);
  const shapeOf = (r: number) => store.shapes.values[store.shapeId.get(r)]!;
  const jsonRows = rows.filter((r) => shapeOf(r).startsWith("json:"));
  const keyCounts = new Map<string, number>();
  for (const r of jsonRows) for (const key of keysOf(shapeOf(r))) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
  const commonKeys = [...keyCounts].filter(([, n]) => n / jsonRows.length >= keyThreshold).map(([k]) => k).sort();
  const jsonShare = rows.length ? jsonRows.length / rows.length : 0;
  if (jsonShare >= jsonThreshold && rows.length > jsonRows.length) {
    const percent = Math.round(jsonShare * 100);
    for (const r of rows) {
      if (!shapeOf(r).startsWith("json:")) findings.add("inconsistent-format", store.locate(r), `the answer is not a JSON object, while ${percent}% of answers are`);
    }
  }
  if (jsonShare >= jsonThreshold) {
    for (const r of jsonRows) {
      const keys = new Set(keysOf(shapeOf(r)));
      const missing = commonKeys.filter((k) => !keys.has(k));
      if (missing.length) findings.add("inconsistent-format", store.locate(r), `the JSON answer lacks ${missing.map((k) => `"${k}"`).join(", ")}, which most answers have`);
    }
  }
  return { answers: rows.length, jsonShare, commonKeys };
}

function keysOf(shape: string): string[] {
  const list = shape.slice("json:".length);
  return list === "" ? [] : list.split("\u0000");
}
