// `finetune-ci split`: streams a dataset into train and holdout files. Every line is accounted for:
// examples go to one side, blank lines are dropped and counted, and any unreadable line stops the
// split with nothing written (a half-written split is worse than none).
import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { LineSplitter, type PhysicalLine } from "../core/dataset/lines.js";
import { decideLine } from "../core/split/holdoutSplit.js";
import type { DatasetFormat } from "../core/dataset/formats.js";
import type { Location } from "../core/findings.js";

export interface SplitInput {
  input: string;
  trainOut: string;
  holdoutOut: string;
  fraction: number;
  seed: string;
  format: DatasetFormat | undefined;
  maxLineBytes: number;
  readFile: (path: string) => AsyncIterable<Uint8Array>;
}

export interface SplitResult {
  lines: number;
  train: number;
  holdout: number;
  blank: number;
  problems: (Location & { message: string })[];
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}

export async function splitDataset(input: SplitInput): Promise<SplitResult> {
  const result: SplitResult = { lines: 0, train: 0, holdout: 0, blank: 0, problems: [] };
  const tmp = { train: `${input.trainOut}.partial`, holdout: `${input.holdoutOut}.partial` };
  const out = { train: createWriteStream(tmp.train), holdout: createWriteStream(tmp.holdout) };
  const pending: PhysicalLine[] = [];
  const splitter = new LineSplitter((line) => pending.push(line), input.maxLineBytes);
  const drain = async () => {
    for (const line of pending.splice(0)) {
      const at = { file: input.input, line: line.line };
      if (line.kind === "blank") result.blank++;
      else if (line.kind === "invalid-utf8") result.problems.push({ ...at, message: "invalid UTF-8" });
      else if (line.kind === "too-long") result.problems.push({ ...at, message: `line of ${line.bytes} bytes is over the limit` });
      else {
        const decision = decideLine(line.text, input.fraction, input.seed, input.format);
        if (decision.side === "invalid") result.problems.push({ ...at, message: decision.issue.message });
        else {
          result[decision.side]++;
          await write(out[decision.side], `${line.text}\n`);
        }
      }
    }
  };
  try {
    for await (const chunk of input.readFile(input.input)) {
      splitter.push(chunk);
      await drain();
    }
    result.lines = splitter.end().lines;
    await drain();
  } finally {
    out.train.end();
    out.holdout.end();
    await Promise.all([once(out.train, "close"), once(out.holdout, "close")]);
  }
  if (result.problems.length > 0) {
    await Promise.all([rm(tmp.train, { force: true }), rm(tmp.holdout, { force: true })]);
  } else {
    await rename(tmp.train, input.trainOut);
    await rename(tmp.holdout, input.holdoutOut);
  }
  return result;
}
