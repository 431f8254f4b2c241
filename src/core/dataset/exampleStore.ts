// What the dataset-wide checks and statistics need from each example: running tallies (token and
// message counts, interned system prompts, answer shapes and labels) and a fixed-width record in
// scratch storage. Memory stays flat as the dataset grows: the records can live in a file.
import { ExampleRecords, RecordBlock, type ExampleRecord } from "./exampleRecords.js";
import type { ExampleFacts } from "./analyzeExample.js";
import type { ScratchSpace } from "../storage/scratch.js";
import { hash53 } from "../quality/fingerprints.js";
import { IntegerCounts } from "../stats/integerCounts.js";
import type { Location } from "../findings.js";

export type FileRole = "train" | "holdout";

export interface StoredFile {
  path: string;
  role: FileRole;
}

/**
 * The examples of a review as compact columns (row r is one example, in reading order): what a
 * comparison of two versions of a dataset needs, and small enough to cross to another thread.
 */
export interface ExampleIndex {
  files: StoredFile[];
  /** Index into `files`. */
  file: Uint16Array;
  line: Uint32Array;
  exampleHash: Float64Array;
  /** NaN when the example has no answer. */
  promptHash: Float64Array;
  tokens: Uint32Array;
}

/** Interned strings with counts, capped so that a dataset of all-different values stays bounded. */
export class CountedStrings {
  readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  readonly counts: number[] = [];
  readonly firstRow: number[] = [];
  overflowed = false;

  constructor(private readonly cap: number) {}

  /** The id of `value`, or -1 once the cap is reached and the value is new. */
  add(value: string, row: number): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      if (this.values.length >= this.cap) {
        this.overflowed = true;
        return -1;
      }
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
      this.counts.push(0);
      this.firstRow.push(row);
    }
    this.counts[id]!++;
    return id;
  }
}

/** Running totals of one role's examples. */
export class RoleTally {
  examples = 0;
  readonly tokens = new IntegerCounts();
  readonly messages = new IntegerCounts();
  readonly assistantTokens = new IntegerCounts();
  promptTokens = 0;
  answerTokens = 0;

  add(facts: ExampleFacts): void {
    this.examples++;
    this.tokens.add(facts.total);
    this.messages.add(facts.messages);
    this.assistantTokens.add(facts.assistant);
    this.promptTokens += facts.total - facts.answer;
    this.answerTokens += facts.answer;
  }
}

export class ExampleStore {
  readonly files: StoredFile[] = [];
  readonly tally: Record<FileRole, RoleTally> = { train: new RoleTally(), holdout: new RoleTally() };
  /** The training examples' system prompts (hashed text), answer shapes and labels, by id. */
  readonly systemPrompts = new CountedStrings(10_000);
  /** A short sample of each system prompt, by id, for the report. */
  readonly systemSamples: string[] = [];
  readonly shapes = new CountedStrings(4096);
  readonly labels: CountedStrings;
  private readonly records: ExampleRecords;
  private readonly one = new RecordBlock(1);

  constructor(maxLabels: number, readonly scratch: ScratchSpace) {
    this.labels = new CountedStrings(maxLabels);
    this.records = new ExampleRecords(scratch.create());
  }

  get size(): number {
    return this.records.size;
  }

  addFile(path: string, role: FileRole): number {
    this.files.push({ path, role });
    return this.files.length - 1;
  }

  isTrainFile(file: number): boolean {
    return this.files[file]!.role === "train";
  }

  add(file: number, line: number, facts: ExampleFacts, signature: Uint8Array): void {
    const row = this.size;
    const train = this.isTrainFile(file);
    this.tally[train ? "train" : "holdout"].add(facts);
    const record: ExampleRecord = {
      file,
      line,
      exampleHash: facts.exampleHash,
      promptHash: facts.promptHash,
      answerHash: facts.answerHash,
      tokens: facts.total,
      systemId: -1,
      shapeId: -1,
      labelId: -1,
      signature,
    };
    // Consistency and label checks are about the training data only.
    if (train) {
      if (facts.systemPrompt !== undefined) {
        // Hashed, so that ten thousand long prompts do not mean ten thousand long strings held.
        const before = this.systemPrompts.values.length;
        record.systemId = this.systemPrompts.add(String(hash53(facts.systemPrompt)), row);
        if (this.systemPrompts.values.length > before) this.systemSamples.push(facts.systemPrompt.slice(0, 120));
      }
      if (facts.answerShape !== undefined) record.shapeId = this.shapes.add(facts.answerShape, row);
      if (facts.label !== undefined) record.labelId = this.labels.add(facts.label, row);
    }
    this.records.append(record);
  }

  /** Visits every example's record in reading order. */
  scan(visit: (block: RecordBlock, i: number, row: number) => void): void {
    this.records.scan(visit);
  }

  /**
   * Reads two records for a comparison: slot 0 holds `first` (read again only when it changes, as
   * a group's rows are each compared with its first), slot 1 holds `row`.
   */
  pairReader(): (first: number, row: number) => RecordBlock {
    const pair = new RecordBlock(2);
    let loaded = -1;
    return (first, row) => {
      if (first !== loaded) this.records.read(first, pair, 0), (loaded = first);
      this.records.read(row, pair, 1);
      return pair;
    };
  }

  locate(row: number): Location {
    this.records.read(row, this.one, 0);
    return this.locationIn(this.one, 0);
  }

  /** Where the example of record `i` of a block was read (no read needed during a scan). */
  locationIn(block: RecordBlock, i: number): Location {
    return { file: this.files[block.file(i)]!.path, line: block.line(i) };
  }

  index(): ExampleIndex {
    const n = this.size;
    const index: ExampleIndex = {
      files: this.files.map((f) => ({ ...f })),
      file: new Uint16Array(n),
      line: new Uint32Array(n),
      exampleHash: new Float64Array(n),
      promptHash: new Float64Array(n),
      tokens: new Uint32Array(n),
    };
    this.scan((block, i, row) => {
      index.file[row] = block.file(i);
      index.line[row] = block.line(i);
      index.exampleHash[row] = block.exampleHash(i);
      index.promptHash[row] = block.promptHash(i);
      index.tokens[row] = block.tokens(i);
    });
    return index;
  }

  dispose(): void {
    this.records.dispose();
  }
}
