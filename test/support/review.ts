// Runs the real review over in-memory files, the way the CLI runs it over real ones.
import { reviewDatasets, type ReviewInput } from "../../src/review/reviewDatasets.js";
import { resolveSettings, type Settings } from "../../src/settings/settings.js";
import type { ReviewReport } from "../../src/review/report/model.js";
import type { Finding } from "../../src/core/findings.js";

export interface Files {
  train?: Record<string, string | Uint8Array>;
  holdout?: Record<string, string | Uint8Array>;
}

export function settingsWith(config: Record<string, unknown> = {}): Settings {
  return resolveSettings([config], "test");
}

/** Splits the content into small, odd-sized chunks, so that chunk boundaries fall everywhere. */
async function* chunks(content: string | Uint8Array, size: number): AsyncIterable<Uint8Array> {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** How a review stores its per-example records: the defaults, or e.g. all on disk in tiny chunks. */
export type Storage = Pick<ReviewInput, "scratch" | "groupingLimits">;

export async function review(files: Files, config: Record<string, unknown> = {}, chunkSize = 97, storage: Storage = {}): Promise<ReviewReport> {
  const all = new Map<string, string | Uint8Array>([...Object.entries(files.train ?? {}), ...Object.entries(files.holdout ?? {})]);
  return reviewDatasets({
    settings: settingsWith(config),
    files: [...Object.keys(files.train ?? {}).map((path) => ({ path, role: "train" as const })), ...Object.keys(files.holdout ?? {}).map((path) => ({ path, role: "holdout" as const }))],
    readFile: (path) => chunks(all.get(path)!, chunkSize),
    today: "2026-11-28",
    generatedAt: "2026-11-28T12:00:00.000Z",
    version: "test",
    ...storage,
  });
}

export function codesAt(report: ReviewReport, file: string, line: number): string[] {
  return report.findings.filter((f) => f.file === file && f.line === line).map((f) => f.code).sort();
}

export function findingsOf(report: ReviewReport, code: string): Finding[] {
  return report.findings.filter((f) => f.code === code);
}

export const SYSTEM = "You are a customer support agent for TechCo. Be concise and offer a next step.";

/** A valid chat example line: a shared system prompt, a question and an answer. */
export function chat(user: string, assistant: string, system: string | null = SYSTEM): string {
  const messages = [...(system === null ? [] : [{ role: "system", content: system }]), { role: "user", content: user }, { role: "assistant", content: assistant }];
  return JSON.stringify({ messages });
}

const TOPICS = ["order", "refund", "password", "invoice", "delivery", "warranty", "account", "billing", "shipping", "upgrade", "cancel", "gift card"];

/** n distinct, valid, unremarkable examples. */
export function distinctExamples(n: number, offset = 0): string[] {
  return Array.from({ length: n }, (_, k) => {
    const i = k + offset;
    const topic = TOPICS[i % TOPICS.length]!;
    return chat(`Question ${i} about my ${topic}: what happens in case ${i * 7919} when variant ${i % 13} applies?`, `For case ${i * 7919} with your ${topic}, variant ${i % 13} means step ${i % 5} first, then we follow up within ${1 + (i % 9)} days.`);
  });
}

export function jsonl(lines: string[]): string {
  return `${lines.join("\n")}\n`;
}
