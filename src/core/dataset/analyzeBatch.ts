// A batch of lines is the unit of work handed between threads: the rules and fingerprints run on
// one thread while the token counts (the tokenizer is the biggest single cost) are taken on
// another, and the two are joined in line order. Pure, so the same code runs in a worker.
import { analyzeLine, withTokens, type LineOutcome } from "./analyzeExample.js";
import type { DatasetFormat } from "./formats.js";
import { countLineTokens, MessageHasher } from "./measureExample.js";
import { CachedCounter } from "../tokens/countExample.js";
import type { CountTokens } from "../tokens/tokenizer.js";
import { SIGNATURE_SIZE } from "../quality/fingerprints.js";

export interface AnalyzerOptions {
  /** Forced format; undefined detects it per line (the engine then checks it against the file's). */
  format: DatasetFormat | undefined;
  tokenLimit: number;
  labelMaxChars: number;
}

export interface TextLine {
  line: number;
  text: string;
}

/** total, assistant and answer tokens per line, flat, cheap to move between threads. */
export type BatchTokens = Uint32Array;

export interface BatchResult {
  outcomes: LineOutcome[];
  /** SIGNATURE_SIZE values per line (zeros for lines that are not examples). */
  signatures: Uint16Array;
}

export class RuleAnalyzer {
  private readonly hasher = new MessageHasher();

  constructor(private readonly options: AnalyzerOptions) {}

  analyze(lines: readonly TextLine[]): BatchResult {
    const signatures = new Uint16Array(lines.length * SIGNATURE_SIZE);
    const outcomes = lines.map((l, i) =>
      analyzeLine(l.text, { ...this.options, hasher: this.hasher, signature: signatures.subarray(i * SIGNATURE_SIZE, (i + 1) * SIGNATURE_SIZE) }),
    );
    return { outcomes, signatures };
  }
}

export class BatchTokenCounter {
  private readonly counter: CachedCounter;

  constructor(
    private readonly format: DatasetFormat | undefined,
    countTokens: CountTokens,
  ) {
    this.counter = new CachedCounter(countTokens);
  }

  count(lines: readonly TextLine[]): BatchTokens {
    const out = new Uint32Array(lines.length * 3);
    lines.forEach((l, i) => {
      const t = countLineTokens(l.text, this.format, this.counter);
      out[i * 3] = t.total;
      out[i * 3 + 1] = t.assistant;
      out[i * 3 + 2] = t.answer;
    });
    return out;
  }
}

export function joinTokens(result: BatchResult, tokens: BatchTokens, tokenLimit: number): BatchResult {
  result.outcomes.forEach((o, i) => {
    if (o.kind === "example") withTokens(o.facts, { total: tokens[i * 3]!, assistant: tokens[i * 3 + 1]!, answer: tokens[i * 3 + 2]! }, tokenLimit);
  });
  return result;
}
