// `finetune-ci split`: streams a dataset into train and holdout files. Every line is accounted for:
// examples go to one side, blank lines are dropped and counted, and any unreadable line stops the
// split with nothing written (a half-written split is worse than none). The outputs are written
// aside and put in place only when both are complete; any error removes them and leaves the input
// as it was.
import { LineSplitter, type PhysicalLine } from "../core/dataset/lines.js";
import { decideLine } from "../core/split/holdoutSplit.js";
import type { DatasetFormat } from "../core/dataset/formats.js";
import type { Location } from "../core/findings.js";

/**
 * One output being written aside: finish() writes out and closes it (where a full disk shows),
 * commit() puts it in place, discard() removes it (and never throws).
 */
export interface SplitOutput {
  write(text: string): Promise<void>;
  finish(): Promise<void>;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

export interface SplitInput {
  input: string;
  trainOut: string;
  holdoutOut: string;
  fraction: number;
  seed: string;
  format: DatasetFormat | undefined;
  maxLineBytes: number;
  readFile: (path: string) => AsyncIterable<Uint8Array>;
  /** Starts writing an output file (adapters/files/outputFiles.ts: PartialFile.create). */
  openOutput: (path: string) => Promise<SplitOutput>;
}

export interface SplitResult {
  lines: number;
  train: number;
  holdout: number;
  blank: number;
  problems: (Location & { message: string })[];
}

export async function splitDataset(input: SplitInput): Promise<SplitResult> {
  const result: SplitResult = { lines: 0, train: 0, holdout: 0, blank: 0, problems: [] };
  const opened: SplitOutput[] = [];
  try {
    const train = await input.openOutput(input.trainOut);
    opened.push(train);
    const holdout = await input.openOutput(input.holdoutOut);
    opened.push(holdout);
    const out = { train, holdout };
    const pending: PhysicalLine[] = [];
    const splitter = new LineSplitter((line) => pending.push(line), input.maxLineBytes);
    const drain = async () => {
      for (const line of pending.splice(0)) {
        const at = { file: input.input, line: line.line };
        if (line.kind === "blank") result.blank++;
        else if (line.kind === "invalid-utf8") result.problems.push({ ...at, message: `invalid UTF-8 at byte ${line.byteOffset + 1}: re-save the file as UTF-8` });
        else if (line.kind === "too-long") result.problems.push({ ...at, message: `line of ${line.bytes} bytes is over review.maxLineBytes: split or shorten the example` });
        else {
          const decision = decideLine(line.text, input.fraction, input.seed, input.format);
          if (decision.side === "invalid") result.problems.push({ ...at, message: decision.issue.message });
          // Once a line is unreadable nothing will be kept: stop writing, keep reading to count.
          else {
            result[decision.side]++;
            if (result.problems.length === 0) await out[decision.side].write(`${line.text}\n`);
          }
        }
      }
    };
    for await (const chunk of input.readFile(input.input)) {
      splitter.push(chunk);
      await drain();
    }
    result.lines = splitter.end().lines;
    await drain();
    if (result.problems.length > 0) {
      await Promise.all(opened.splice(0).map((o) => o.discard()));
      return result;
    }
    // Both complete on disk before either is put in place: no train file without its holdout.
    await train.finish();
    await holdout.finish();
    await train.commit();
    opened.shift();
    await holdout.commit();
    opened.shift();
    return result;
  } finally {
    await Promise.all(opened.map((o) => o.discard()));
  }
}
