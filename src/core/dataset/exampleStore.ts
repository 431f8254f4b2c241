// The per-example facts that dataset-wide checks and statistics need, in columns.
import { Column } from "./columns.js";
import type { ExampleFacts } from "./analyzeExample.js";
import { SIGNATURE_SIZE, hash53 } from "../quality/fingerprints.js";
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

export class ExampleStore {
  readonly files: StoredFile[] = [];
  readonly file = new Column(Uint16Array);
  readonly line = new Column(Uint32Array);
  readonly exampleHash = new Column(Float64Array);
  readonly promptHash = new Column(Float64Array);
  readonly answerHash = new Column(Float64Array);
  readonly tokens = new Column(Uint32Array);
  readonly assistantTokens = new Column(Uint32Array);
  readonly promptTokens = new Column(Uint32Array);
  readonly answerTokens = new Column(Uint32Array);
  readonly messages = new Column(Uint32Array);
  readonly signature = new Column(Uint8Array, SIGNATURE_SIZE);
  /** Id in `systemPrompts` (hashed text), -1 without a system prompt. */
  readonly systemId = new Column(Int32Array);
  /** Id in `shapes`, -1 without a textual answer. */
  readonly shapeId = new Column(Int32Array);
  /** Id in `labels`, -1 when the answer is too long to be a label. */
  readonly labelId = new Column(Int32Array);
  readonly systemPrompts = new CountedStrings(10_000);
  /** A short sample of each system prompt, by id, for the report. */
  readonly systemSamples: string[] = [];
  readonly shapes = new CountedStrings(4096);
  readonly labels: CountedStrings;

  constructor(maxLabels: number) {
    this.labels = new CountedStrings(maxLabels);
  }

  get size(): number {
    return this.line.length;
  }

  addFile(path: string, role: FileRole): number {
    this.files.push({ path, role });
    return this.files.length - 1;
  }

  add(fileIndex: number, line: number, facts: ExampleFacts, signature: Uint8Array): void {
    const row = this.size;
    this.roleRows = {};
    this.file.push(fileIndex);
    this.line.push(line);
    this.exampleHash.push(facts.exampleHash);
    this.promptHash.push(facts.promptHash);
    this.answerHash.push(facts.answerHash);
    this.tokens.push(facts.total);
    this.assistantTokens.push(facts.assistant);
    this.promptTokens.push(facts.total - facts.answer);
    this.answerTokens.push(facts.answer);
    this.messages.push(facts.messages);
    this.signature.pushRow(signature);
    let systemId = -1;
    if (facts.systemPrompt !== undefined) {
      // Hashed, so that ten thousand long prompts do not mean ten thousand long strings held.
      const before = this.systemPrompts.values.length;
      systemId = this.systemPrompts.add(String(hash53(facts.systemPrompt)), row);
      if (this.systemPrompts.values.length > before) this.systemSamples.push(facts.systemPrompt.slice(0, 120));
    }
    this.systemId.push(systemId);
    this.shapeId.push(facts.answerShape === undefined ? -1 : this.shapes.add(facts.answerShape, row));
    this.labelId.push(facts.label === undefined ? -1 : this.labels.add(facts.label, row));
  }

  index(): ExampleIndex {
    const n = this.size;
    const copy = <T extends Uint16Array | Uint32Array | Float64Array>(column: Column<T>, out: T): T => {
      for (let r = 0; r < n; r++) out[r] = column.get(r);
      return out;
    };
    return {
      files: this.files.map((f) => ({ ...f })),
      file: copy(this.file, new Uint16Array(n)),
      line: copy(this.line, new Uint32Array(n)),
      exampleHash: copy(this.exampleHash, new Float64Array(n)),
      promptHash: copy(this.promptHash, new Float64Array(n)),
      tokens: copy(this.tokens, new Uint32Array(n)),
    };
  }

  roleOf(row: number): FileRole {
    return this.files[this.file.get(row)]!.role;
  }

  locate(row: number): Location {
    return { file: this.files[this.file.get(row)]!.path, line: this.line.get(row) };
  }

  private roleRows: Partial<Record<FileRole, Uint32Array>> = {};

  /** Rows of one role, in reading order (computed once the store is complete). */
  rowsOf(role: FileRole): Uint32Array {
    let rows = this.roleRows[role];
    if (!rows) {
      let n = 0;
      for (let r = 0; r < this.size; r++) if (this.roleOf(r) === role) n++;
      rows = new Uint32Array(n);
      for (let r = 0, i = 0; r < this.size; r++) if (this.roleOf(r) === role) rows[i++] = r;
      this.roleRows[role] = rows;
    }
    return rows;
  }
}
