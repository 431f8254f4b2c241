// The gate: from the paired comparisons, the arms' failure counts and their means, a verdict (pass,
// fail or inconclusive) with one sentence that says why. Rules are plain data:
//
//   not-worse, margin m (default 0.02): the candidate may not be worse than the `vs` arm by more than m.
//     fail          significantly different (Holm-adjusted p < alpha) and delta < -m;
//     pass          otherwise, when the 95% interval's lower bound is >= -m (a larger drop is ruled out);
//     inconclusive  otherwise: the interval still reaches below -m.
//   better, margin m (default 0): the candidate must beat the `vs` arm by more than m.
//     pass          significantly different (Holm-adjusted p < alpha) and delta > m;
//     fail          the interval's upper bound is <= m (a gain above m is ruled out);
//     inconclusive  otherwise.
//   Either rule is inconclusive with fewer than minPairs (default 30) paired examples.
//   Floors: the arm's mean (point estimate) must be >= min.
//   Failures: an arm whose share of failed requests exceeds maxFailureRate (default 2%) fails the run.
//
// Default rules: the primary metric not-worse than every base and baseline arm (severity fail), and
// better than every prompted arm as a warning ("fine-tuning bought nothing over prompting"). The
// p-values of the fail-severity rules are Holm-adjusted together; warnings use their own p.
import { EvalInputError } from "./errors.js";
import { METRICS, isMetricId, type MetricId } from "./metrics/definitions.js";
import { holmAdjust } from "./stats/holm.js";
import { pairsNeeded, type PairedComparison, type PairedTest } from "./stats/paired.js";
import type { Interval } from "./stats/wilson.js";
import type { ArmKind } from "./types.js";

export type GateKind = "not-worse" | "better";
export type Verdict = "pass" | "fail" | "inconclusive";
export type Severity = "fail" | "warn";

export interface GateRule {
  metric: MetricId;
  /** The arm the candidate is compared with, by name. */
  vs: string;
  kind: GateKind;
  /** not-worse: the largest drop tolerated (default 0.02); better: the gain to exceed (default 0). */
  margin?: number;
  /** "warn" rules never fail the run and are not Holm-adjusted with the others (default "fail"). */
  severity?: Severity;
}

export interface GateFloor {
  metric: MetricId;
  /** The arm's mean must be at least this. */
  min: number;
  /** Default: the candidate. */
  arm?: string;
}

export interface GateOptions {
  /** Replaces the default rules when given (an empty list gates on floors and failures only). */
  rules?: GateRule[];
  floors?: GateFloor[];
  /** Largest tolerated share of failed requests per arm (default 0.02). */
  maxFailureRate?: number;
  /** Fewest paired examples a rule decides on (default 30). */
  minPairs?: number;
  /** Significance level, after Holm's correction (default 0.05). */
  alpha?: number;
  /** Where these options came from, for error messages (default "gate"). */
  key?: string;
}

export const DEFAULT_NOT_WORSE_MARGIN = 0.02;
export const DEFAULT_MAX_FAILURE_RATE = 0.02;
export const DEFAULT_MIN_PAIRS = 30;
export const DEFAULT_ALPHA = 0.05;

export interface GateArm {
  name: string;
  kind: ArmKind;
  /** Holdout examples asked. */
  total: number;
  failed: number;
}

export interface GateComparison {
  metric: MetricId;
  vs: string;
  comparison: PairedComparison;
}

export interface GateMean {
  arm: string;
  metric: MetricId;
  mean: number;
  n: number;
}

export interface GateInput {
  candidate: string;
  arms: GateArm[];
  primary: MetricId;
  /** The metrics this evaluation computed. */
  metrics: MetricId[];
  /** The candidate against each other arm, per example-level metric. */
  comparisons: GateComparison[];
  means: GateMean[];
  options?: GateOptions;
}

export interface RuleResult {
  rule: Required<GateRule>;
  outcome: Verdict;
  pairs: number;
  delta: number;
  interval: Interval | null;
  test: PairedTest;
  p: number;
  /** Holm-adjusted over the fail-severity rules; equal to p for warnings. */
  pAdjusted: number;
  mde: number | null;
  /** Pairs that would settle the question (detect a difference of the margin, or of the observed gain). */
  pairsNeeded: number | null;
  sentence: string;
}

export interface FloorResult {
  floor: Required<GateFloor>;
  outcome: Verdict;
  value: number;
  n: number;
  sentence: string;
}

export interface FailureRateResult {
  arm: string;
  failed: number;
  total: number;
  rate: number;
  max: number;
  outcome: "pass" | "fail";
  sentence: string;
}

export interface GateResult {
  verdict: Verdict;
  /** One sentence: why. */
  reason: string;
  rules: RuleResult[];
  floors: FloorResult[];
  failureRates: FailureRateResult[];
  /** Sentences of warn-severity rules that did not pass. */
  warnings: string[];
  /** The fewest paired examples any fail-severity rule decided on (0 when there is none). */
  pairsUsed: number;
}

/** The default rules for an evaluation whose primary metric is `primary`. */
export function defaultGateRules(primary: MetricId, arms: readonly Pick<GateArm, "name" | "kind">[]): GateRule[] {
  return [
    ...arms.filter((a) => a.kind === "base" || a.kind === "baseline").map((a): GateRule => ({ metric: primary, vs: a.name, kind: "not-worse", margin: DEFAULT_NOT_WORSE_MARGIN, severity: "fail" })),
    ...arms.filter((a) => a.kind === "prompted").map((a): GateRule => ({ metric: primary, vs: a.name, kind: "better", margin: 0, severity: "warn" })),
  ];
}

function fraction(value: number | undefined, name: string, fallback: number, key: string, { min, max, open }: { min: number; max: number; open?: boolean }): number {
  const v = value ?? fallback;
  if (!Number.isFinite(v) || v < min || v > max || (open && (v === min || v === max))) {
    throw new EvalInputError("invalid-option", `${name} must be a number in ${open ? "(" : "["}${min}, ${max}${open ? ")" : "]"}, got ${value}`, `${key}.${name}`, `Set ${name} to a number in that range`);
  }
  return v;
}

/** Resolves defaults and checks every rule against the arms and metrics; throws EvalInputError. */
export function resolveGateOptions(input: Pick<GateInput, "candidate" | "arms" | "primary" | "metrics" | "options">) {
  const options = input.options ?? {};
  const key = options.key ?? "gate";
  const armNames = input.arms.map((a) => a.name);
  const knownArms = `Use one of the arms: ${armNames.join(", ")}`;
  const checkMetric = (metric: string, at: string, gated: boolean) => {
    if (!isMetricId(metric) || !input.metrics.includes(metric)) {
      throw new EvalInputError("unknown-metric", `"${metric}" is not a metric of this evaluation`, at, `Use one of: ${input.metrics.join(", ")}`);
    }
    const definition = METRICS[metric];
    if (gated && (definition.scope !== "example" || definition.direction !== "higher")) {
      const why = definition.scope !== "example" ? "it is a figure of the whole set with no per-example test" : "more of it is not better";
      throw new EvalInputError("metric-not-gateable", `"${metric}" cannot be compared in a rule: ${why}`, at, "Gate on a per-example metric such as the primary one, or use a floor");
    }
  };
  const rules = (options.rules ?? defaultGateRules(input.primary, input.arms)).map((rule, i): Required<GateRule> => {
    const at = `${key}.rules[${i}]`;
    checkMetric(rule.metric, `${at}.metric`, true);
    if (!armNames.includes(rule.vs)) throw new EvalInputError("unknown-arm", `there is no arm named "${rule.vs}"`, `${at}.vs`, knownArms);
    if (rule.vs === input.candidate) throw new EvalInputError("unknown-arm", `a rule compares the candidate "${rule.vs}" with itself`, `${at}.vs`, knownArms.replace("arms:", "other arms:"));
    if (rule.kind !== "not-worse" && rule.kind !== "better") throw new EvalInputError("invalid-option", `kind must be "not-worse" or "better", got "${String(rule.kind)}"`, `${at}.kind`, 'Set kind to "not-worse" or "better"');
    const margin = fraction(rule.margin, "margin", rule.kind === "not-worse" ? DEFAULT_NOT_WORSE_MARGIN : 0, at, { min: 0, max: 1 });
    const severity = rule.severity ?? "fail";
    if (severity !== "fail" && severity !== "warn") throw new EvalInputError("invalid-option", `severity must be "fail" or "warn", got "${String(severity)}"`, `${at}.severity`, 'Set severity to "fail" or "warn"');
    return { metric: rule.metric, vs: rule.vs, kind: rule.kind, margin, severity };
  });
  const floors = (options.floors ?? []).map((floor, i): Required<GateFloor> => {
    const at = `${key}.floors[${i}]`;
    checkMetric(floor.metric, `${at}.metric`, false);
    const arm = floor.arm ?? input.candidate;
    if (!armNames.includes(arm)) throw new EvalInputError("unknown-arm", `there is no arm named "${arm}"`, `${at}.arm`, knownArms);
    if (!Number.isFinite(floor.min)) throw new EvalInputError("invalid-option", `min must be a number, got ${floor.min}`, `${at}.min`, "Set min to the lowest acceptable mean");
    return { metric: floor.metric, min: floor.min, arm };
  });
  return {
    rules,
    floors,
    maxFailureRate: fraction(options.maxFailureRate, "maxFailureRate", DEFAULT_MAX_FAILURE_RATE, key, { min: 0, max: 1 }),
    minPairs: (() => {
      const v = options.minPairs ?? DEFAULT_MIN_PAIRS;
      if (!Number.isInteger(v) || v < 1) throw new EvalInputError("invalid-option", `minPairs must be a whole number >= 1, got ${v}`, `${key}.minPairs`, "Set minPairs to a whole number");
      return v;
    })(),
    alpha: fraction(options.alpha, "alpha", DEFAULT_ALPHA, key, { min: 0, max: 1, open: true }),
  };
}

const signed = (x: number) => `${x >= 0 ? "+" : "-"}${Math.abs(x).toFixed(3)}`;
const plain = (x: number) => x.toFixed(3).replace(/\.?0+$/, "") || "0";
const percent = (x: number) => `${(x * 100).toFixed(1).replace(/\.0$/, "")}%`;

export function formatP(p: number): string {
  if (p < 0.001) return "p < 0.001";
  if (p >= 0.995) return "p = 1";
  return `p = ${p < 0.01 ? p.toPrecision(1) : p.toFixed(p < 0.1 ? 3 : 2)}`;
}

function statisticsPhrase(c: PairedComparison, pAdjusted: number, showAdjusted: boolean): string {
  const ci = c.interval ? `95% CI ${signed(c.interval.lower)} to ${signed(c.interval.upper)}` : "no interval";
  const adjusted = showAdjusted && pAdjusted !== c.p ? `, Holm-adjusted ${formatP(pAdjusted).replace(/^p (= )?/, "")}` : "";
  return `${signed(c.delta)} (${ci}, ${formatP(c.p)}${adjusted}, ${c.pairs} pairs)`;
}

function judgeRule(rule: Required<GateRule>, c: PairedComparison, pAdjusted: number, minPairs: number, alpha: number, showAdjusted: boolean): Omit<RuleResult, "rule" | "pairs" | "delta" | "interval" | "test" | "p" | "pAdjusted" | "mde"> {
  const head = `${METRICS[rule.metric].title} vs ${rule.vs}`;
  const m = rule.margin;
  if (c.pairs < minPairs || !c.interval) {
    const lost = c.excluded.candidateMissing + c.excluded.referenceMissing + c.excluded.bothMissing;
    return {
      outcome: "inconclusive",
      pairsNeeded: null,
      sentence: `${head}: only ${c.pairs} paired examples, fewer than the ${minPairs} needed to tell${lost > 0 ? ` (${lost} left out for failed or missing answers)` : ""}`,
    };
  }
  const stats = `${head} ${statisticsPhrase(c, pAdjusted, showAdjusted)}`;
  const significant = pAdjusted < alpha;
  if (rule.kind === "not-worse") {
    const drop = m > 0 ? `a drop of more than ${plain(m)}` : "any drop";
    const needed = m > 0 ? pairsNeeded(c, m) : null;
    if (significant && c.delta < -m) return { outcome: "fail", pairsNeeded: needed, sentence: `${stats} is significantly worse${m > 0 ? `, by more than the ${plain(m)} margin` : ""}` };
    if (c.interval.lower >= -m) return { outcome: "pass", pairsNeeded: needed, sentence: `${stats} rules out ${drop}` };
    return { outcome: "inconclusive", pairsNeeded: needed, sentence: `${stats} cannot rule out ${drop}${needed ? `; about ${needed.toLocaleString("en-US")} pairs would be needed to tell` : ""}` };
  }
  const gain = m > 0 ? `a gain of more than ${plain(m)}` : "a gain";
  const target = Math.max(m, c.delta);
  const needed = target > 0 ? pairsNeeded(c, target) : null;
  if (significant && c.delta > m) return { outcome: "pass", pairsNeeded: needed, sentence: `${stats} is significantly better${m > 0 ? `, by more than ${plain(m)}` : ""}` };
  if (c.interval.upper <= m) return { outcome: "fail", pairsNeeded: needed, sentence: `${stats} rules out ${gain}` };
  return { outcome: "inconclusive", pairsNeeded: needed, sentence: `${stats} is not a significant improvement${needed ? `; about ${needed.toLocaleString("en-US")} pairs would be needed to detect ${plain(target)}` : ""}` };
}

function capitalised(sentence: string): string {
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

export function decideGate(input: GateInput): GateResult {
  const { rules, floors, maxFailureRate, minPairs, alpha } = resolveGateOptions(input);
  const comparisonFor = (rule: Required<GateRule>) => {
    const found = input.comparisons.find((c) => c.metric === rule.metric && c.vs === rule.vs);
    if (!found) throw new RangeError(`no comparison of ${rule.metric} against ${rule.vs} was computed`);
    return found.comparison;
  };
  const gated = rules.map((rule, i) => ({ rule, i })).filter(({ rule }) => rule.severity === "fail");
  const adjusted = holmAdjust(gated.map(({ rule }) => comparisonFor(rule).p));
  const pAdjustedOf = new Map(gated.map(({ i }, k) => [i, adjusted[k]!]));
  const showAdjusted = gated.length > 1;

  const ruleResults = rules.map((rule, i): RuleResult => {
    const c = comparisonFor(rule);
    const pAdjusted = pAdjustedOf.get(i) ?? c.p;
    const judged = judgeRule(rule, c, pAdjusted, minPairs, alpha, showAdjusted && rule.severity === "fail");
    return { rule, pairs: c.pairs, delta: c.delta, interval: c.interval, test: c.test, p: c.p, pAdjusted, mde: c.mde, ...judged };
  });

  const floorResults = floors.map((floor): FloorResult => {
    const mean = input.means.find((m) => m.arm === floor.arm && m.metric === floor.metric);
    const head = `${METRICS[floor.metric].title} of ${floor.arm}`;
    if (!mean || mean.n === 0 || !Number.isFinite(mean.mean)) return { floor, outcome: "inconclusive", value: Number.NaN, n: 0, sentence: `${head} has no scored example to compare with the floor of ${plain(floor.min)}` };
    const outcome: Verdict = mean.mean >= floor.min ? "pass" : "fail";
    return { floor, outcome, value: mean.mean, n: mean.n, sentence: `${head} is ${plain(mean.mean)} over ${mean.n} examples, ${outcome === "pass" ? "at or above" : "below"} the floor of ${plain(floor.min)}` };
  });

  const failureRates = input.arms.map((arm): FailureRateResult => {
    const rate = arm.total > 0 ? arm.failed / arm.total : 0;
    const outcome = rate > maxFailureRate ? "fail" : "pass";
    return {
      arm: arm.name,
      failed: arm.failed,
      total: arm.total,
      rate,
      max: maxFailureRate,
      outcome,
      sentence: `${arm.failed} of ${arm.total} requests of ${arm.name} failed (${percent(rate)}), ${outcome === "fail" ? "above" : "within"} the ${percent(maxFailureRate)} maximum`,
    };
  });

  const kindOf = (name: string) => input.arms.find((a) => a.name === name)?.kind;
  const warnings = ruleResults
    .filter((r) => r.rule.severity === "warn" && r.outcome !== "pass")
    .map((r) => capitalised(`${r.rule.kind === "better" && kindOf(r.rule.vs) === "prompted" ? "fine-tuning bought nothing over prompting: " : ""}${r.sentence}`));

  const decisive = ruleResults.filter((r) => r.rule.severity === "fail");
  const pairsUsed = decisive.length > 0 ? Math.min(...decisive.map((r) => r.pairs)) : 0;
  const result = (verdict: Verdict, reason: string): GateResult => ({ verdict, reason: capitalised(reason), rules: ruleResults, floors: floorResults, failureRates, warnings, pairsUsed });

  const failedArm = failureRates.find((f) => f.outcome === "fail");
  if (failedArm) return result("fail", failedArm.sentence);
  const failedRule = decisive.find((r) => r.outcome === "fail");
  if (failedRule) return result("fail", failedRule.sentence);
  const failedFloor = floorResults.find((f) => f.outcome === "fail");
  if (failedFloor) return result("fail", failedFloor.sentence);
  const open = decisive.find((r) => r.outcome === "inconclusive") ?? floorResults.find((f) => f.outcome === "inconclusive");
  if (open) return result("inconclusive", open.sentence);
  if (decisive.length === 0 && floorResults.length === 0) {
    return result("inconclusive", "nothing to gate on: no base or baseline arm to compare the candidate with and no floor");
  }
  const first = decisive[0] ?? floorResults[0]!;
  const others = decisive.length + floorResults.length - 1;
  return result("pass", `${first.sentence}${others > 0 ? `, and ${others} more check${others > 1 ? "s" : ""} passed` : ""}`);
}
