// What an arm's answers cost and how long they took: answer length, latency p50/p95 (type-7
// quantiles of per-request milliseconds; cached answers carry no latency and are left out), and
// tokens and dollars per 1,000 requests (mean tokens per answered request x 1,000, priced per
// million input and output tokens). Per 1,000 requests is a property of the arm, so answers served
// from the cache count at what they would have cost.
import { quantileSorted } from "../../stats/distribution.js";
import type { Answer, Prices } from "../types.js";

/** Length of an answer in Unicode code points (an emoji is 1, not 2 UTF-16 units). */
export function answerChars(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export interface LatencySummary {
  /** Requests with a measured latency. */
  n: number;
  p50: number;
  p95: number;
}

export interface UsageSummary {
  /** Answered requests (status ok). */
  requests: number;
  /** Answered requests that reported both input and output tokens: the n of the per-1,000 figures. */
  withUsage: number;
  inputTokensPer1k: number | null;
  outputTokensPer1k: number | null;
  /** Null without prices or without usage. */
  dollarsPer1k: number | null;
  latency: LatencySummary | null;
}

export function latencySummary(milliseconds: readonly number[]): LatencySummary | null {
  if (milliseconds.length === 0) return null;
  const sorted = Float64Array.from(milliseconds).sort();
  return { n: sorted.length, p50: quantileSorted(sorted, 0.5), p95: quantileSorted(sorted, 0.95) };
}

export function usageSummary(answers: readonly Answer[], prices?: Prices): UsageSummary {
  const ok = answers.filter((a) => a.status === "ok");
  const billed = ok.filter((a) => Number.isFinite(a.inputTokens) && Number.isFinite(a.outputTokens));
  const mean = (pick: (a: Answer) => number) => billed.reduce((s, a) => s + pick(a), 0) / billed.length;
  const input = billed.length > 0 ? mean((a) => a.inputTokens!) : null;
  const output = billed.length > 0 ? mean((a) => a.outputTokens!) : null;
  const dollars = prices && input !== null && output !== null ? ((input * prices.inputPerMillion + output * prices.outputPerMillion) / 1e6) * 1000 : null;
  const latencies = ok.map((a) => a.latencyMs).filter((ms): ms is number => Number.isFinite(ms));
  return {
    requests: ok.length,
    withUsage: billed.length,
    inputTokensPer1k: input === null ? null : input * 1000,
    outputTokensPer1k: output === null ? null : output * 1000,
    dollarsPer1k: dollars,
    latency: latencySummary(latencies),
  };
}
