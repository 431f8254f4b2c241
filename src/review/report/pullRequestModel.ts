// The pull-request part of the report model: which dataset files the pull request changes, which
// examples it adds, removes and changes, and how the dataset's figures move from base to head.
// Every figure here is computed by the review (src/review/pullRequest/); renderers only show them.
import type { FileRole } from "../../core/dataset/exampleStore.js";

export interface PullRequestReview {
  number: number;
  /** owner/name */
  repository: string;
  baseSha: string;
  headSha: string;
  /** The head branch lives in another repository: its token cannot write comments. */
  fromFork: boolean;
  /** Prefixes that a repository path (URL-encoded) and "#L<line>" complete into a link. */
  links: { head: string; base: string };
  changedFiles: ChangedDatasetFile[];
  /** Set when GitHub's file listing was cut, so some dataset changes were not seen. */
  incompleteListing?: string;
  examples: ExampleChanges;
  /** Figures that differ between base and head, in a fixed order; unmoved ones are left out. */
  metrics: MetricChange[];
  /** Things the reader should know about how the comparison was made. */
  notes: string[];
}

export interface ChangedDatasetFile {
  path: string;
  previousPath?: string;
  status: string;
  /** The file's role at head (null when removed, or renamed out of the dataset patterns). */
  role: FileRole | null;
}

export interface ExampleChanges {
  /** Counted by content (case and whitespace normalised), so a moved example is unchanged. */
  added: number;
  removed: number;
  /** Same prompt, different answer. */
  changed: number;
  unchanged: number;
  /** Head tokens minus base tokens, over all examples of both roles. */
  tokensDelta: number;
  byRole: Record<FileRole, { added: number; removed: number; changed: number; tokensDelta: number }>;
  /** The first few of each kind, in file order; the counts above are complete. */
  samples: { added: ExampleRef[]; removed: ExampleRef[]; changed: ChangedExampleRef[] };
}

export interface ExampleRef {
  role: FileRole;
  file: string;
  line: number;
  tokens: number;
}

export interface ChangedExampleRef extends ExampleRef {
  /** Where the example was in the base commit. */
  base: { file: string; line: number; tokens: number };
  tokensDelta: number;
}

export type MetricUnit = "count" | "tokens" | "usd" | "share" | "hours";

export interface MetricChange {
  metric: string;
  unit: MetricUnit;
  base: number | null;
  head: number | null;
  /** head - base; null when either side is unknown (an unpriced model). */
  change: number | null;
  /** change / base, when base is not zero. */
  relative: number | null;
}
