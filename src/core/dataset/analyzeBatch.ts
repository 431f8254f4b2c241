// A batch of lines is the unit of work handed between threads. The review thread runs the rules
// and plans each example's token count; the strings to tokenize go to a token thread, which counts
// them and builds the near-duplicate signatures from the same strings; the answers are joined back
// in line order. Pure, so the same code runs in a worker or inline.
import { analyzeLine, withTokens, type LineOutcome } from "./analyzeExample.js";
import type { DatasetFormat } from "./formats.js";
import { MessageHasher } from "./exampleHashes.js";
import { COUNT_NOTHING, finishTokens, KnownCounts, SIMILARITY } from "../tokens/countExample.js";
import type { CountTokens } from "../tokens/tokenizer.js";
import type { TemplateSupport } from "../chatTemplates.js";
import { MinHasher, SIGNATURE_SIZE } from "../quality/fingerprints.js";

export interface AnalyzerOptions {
  /** Forced format; undefined detects it per line (the engine then checks it against the file's). */
  format: DatasetFormat | undefined;
  tokenLimit: number;
  labelMaxChars: number;
  /** The self-hosted base model's chat template, when known: examples it cannot express are findings. */
  template?: TemplateSupport;
}

export interface TextLine {
  line: number;
  text: string;
}

/** What the token thread needs: every line's strings, flat, with line i's at offsets[i]..offsets[i+1]. */
export interface TokenRequest {
  strings: string[];
  flags: Uint8Array;
  offsets: Uint32Array;
}

/** Per string a token count, per line a MinHash signature. */
export interface TokenResponse {
  counts: Uint32Array;
  signatures: Uint8Array;
}

export interface RuleBatch {
  outcomes: LineOutcome[];
  request: TokenRequest;
}

export interface BatchResult {
  outcomes: LineOutcome[];
  /** SIGNATURE_SIZE values per line (zeros for lines that are not examples). */
  signatures: Uint8Array;
}

export class RuleAnalyzer {
  private readonly hasher = new MessageHasher();
  private readonly known = new KnownCounts();

  constructor(private readonly options: AnalyzerOptions) {}

  analyze(lines: readonly TextLine[]): RuleBatch {
    const strings: string[] = [];
    const flags: number[] = [];
    const offsets = new Uint32Array(lines.length + 1);
    const outcomes = lines.map((l, i) => {
      offsets[i] = strings.length;
      const outcome = analyzeLine(l.text, { ...this.options, hasher: this.hasher, known: this.known });
      if (outcome.kind === "example") {
        strings.push(...outcome.facts.tokenPlan.strings);
        flags.push(...outcome.facts.tokenPlan.flags);
      }
      return outcome;
    });
    offsets[lines.length] = strings.length;
    return { outcomes, request: { strings, flags: Uint8Array.from(flags), offsets } };
  }

  /** Joins the token thread's answer into the batch's outcomes. */
  join(batch: RuleBatch, response: TokenResponse): BatchResult {
    batch.outcomes.forEach((o, i) => {
      if (o.kind !== "example") return;
      withTokens(o.facts, finishTokens(o.facts.tokenPlan, response.counts, batch.request.offsets[i]!, this.known), this.options.tokenLimit);
    });
    return { outcomes: batch.outcomes, signatures: response.signatures };
  }
}

/** The token thread's side: counts tokens and builds signatures. */
export class TokenCounter {
  private readonly minHasher = new MinHasher();

  constructor(private readonly count: CountTokens) {}

  answer(request: TokenRequest): TokenResponse {
    const { strings, flags, offsets } = request;
    const lines = offsets.length - 1;
    const counts = new Uint32Array(strings.length);
    const signatures = new Uint8Array(lines * SIGNATURE_SIZE);
    for (let line = 0; line < lines; line++) {
      const from = offsets[line]!;
      const to = offsets[line + 1]!;
      for (let i = from; i < to; i++) {
        const f = flags[i]!;
        if (!(f & COUNT_NOTHING)) counts[i] = this.count(strings[i]!);
        if (f & SIMILARITY) this.minHasher.text(strings[i]!);
      }
      const signature = signatures.subarray(line * SIGNATURE_SIZE, (line + 1) * SIGNATURE_SIZE);
      // A line with no strings (not an example) keeps a zero signature and is never compared.
      if (to > from) this.minHasher.finish(signature);
    }
    return { counts, signatures };
  }
}
