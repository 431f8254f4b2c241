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
  // Training examples only; past the tracking cap a prompt has no id and is left out of this check.
  const counts = store.systemPrompts.counts;
  let dominant = -1;
  let best = 0;
  let withPrompt = 0;
  counts.forEach((n, id) => {
    withPrompt += n;
    if (n > best) [dominant, best] = [id, n];
  });
  const share = withPrompt ? best / withPrompt : 0;
  if (dominant !== -1 && counts.length > 1 && share >= dominanceThreshold) {
    const reference = store.systemPrompts.firstRow[dominant]!;
    const message = `system prompt differs from the one ${Math.round(share * 100)}% of examples use (first at ${describe(store, reference)})`;
    const related = store.locate(reference);
    store.scan((block, i) => {
      const id = block.systemId(i);
      if (id !== -1 && id !== dominant) findings.add("inconsistent-system-prompt", store.locationIn(block, i), message, related);
    });
  }
  return {
    examplesWithSystemPrompt: withPrompt,
    variants: counts.length,
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
  // Training answers only, tallied by shape as they were read.
  const { values: shapes, counts } = store.shapes;
  let answers = 0;
  let jsonAnswers = 0;
  const keyCounts = new Map<string, number>();
  shapes.forEach((shape, id) => {
    const n = counts[id]!;
    answers += n;
    if (!shape.startsWith("json:")) return;
    jsonAnswers += n;
    for (const key of keysOf(shape)) keyCounts.set(key, (keyCounts.get(key) ?? 0) + n);
  });
  const commonKeys = [...keyCounts].filter(([, n]) => n / jsonAnswers >= keyThreshold).map(([k]) => k).sort();
  const jsonShare = answers ? jsonAnswers / answers : 0;
  if (jsonShare >= jsonThreshold) {
    const percent = Math.round(jsonShare * 100);
    // What is wrong with each shape, if anything; then one pass over the examples.
    const problems = shapes.map((shape) => {
      if (!shape.startsWith("json:")) return `the answer is not a JSON object, while ${percent}% of answers are`;
      const keys = new Set(keysOf(shape));
      const missing = commonKeys.filter((k) => !keys.has(k));
      return missing.length ? `the JSON answer lacks ${missing.map((k) => `"${k}"`).join(", ")}, which most answers have` : undefined;
    });
    if (problems.some((p) => p !== undefined)) {
      store.scan((block, i) => {
        const id = block.shapeId(i);
        const problem = id === -1 ? undefined : problems[id];
        if (problem) findings.add("inconsistent-format", store.locationIn(block, i), problem);
      });
    }
  }
  return { answers, jsonShare, commonKeys };
}

function keysOf(shape: string): string[] {
  const list = shape.slice("json:".length);
  return list === "" ? [] : list.split("\u0000");
}
