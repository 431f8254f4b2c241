// The config's gate (one list of comparison rules and floors) as the core's gate options, checked
// against the arms and the scorer's metrics before any request is sent: an unknown arm or metric in
// a rule is a config error naming eval.gate.rules[i], not a surprise after the money is spent.
import { EvalInputError } from "../core/eval/errors.js";
import { resolveGateOptions, type GateArm, type GateFloor, type GateOptions, type GateRule } from "../core/eval/gate.js";
import type { MetricId } from "../core/eval/metrics/definitions.js";
import type { EvalSettings } from "../settings/settings.js";
import { EvalSetupError } from "./errors.js";

export interface GateConfig {
  options: GateOptions;
  /** Rules the config names whose arm is not run (--arms), as sentences. */
  skipped: string[];
  /** core index -> config index, per list. */
  ruleIndex: number[];
  floorIndex: number[];
}

const KEY = "eval.gate";

export function gateConfig(settings: EvalSettings, armNames: readonly string[], allArmNames: readonly string[]): GateConfig {
  const rules: GateRule[] = [];
  const floors: GateFloor[] = [];
  const ruleIndex: number[] = [];
  const floorIndex: number[] = [];
  const skipped: string[] = [];
  let comparisonRules = 0;
  (settings.gate.rules ?? []).forEach((rule, i) => {
    const at = `${KEY}.rules[${i}]`;
    const isFloor = rule.floor !== undefined;
    if (isFloor && (rule.vs !== undefined || rule.kind !== undefined || rule.margin !== undefined || rule.severity !== undefined)) {
      throw new EvalSetupError("config", at, "a rule has both floor and comparison keys (vs, kind, margin, severity)", "Split it into a floor {metric, floor, arm} and a comparison rule {metric, vs, kind, margin}");
    }
    if (!isFloor && rule.arm !== undefined) throw new EvalSetupError("config", `${at}.arm`, "arm is for floors; a comparison rule always compares the candidate", "Use vs to name the arm to compare with, or add floor to make it a floor");
    const arm = isFloor ? rule.arm : rule.vs;
    if (!isFloor && arm === undefined) throw new EvalSetupError("config", at, "a comparison rule needs vs (the arm the candidate is compared with), or floor to be a floor", `Add vs: one of ${allArmNames.join(", ")}`);
    if (arm !== undefined && !allArmNames.includes(arm)) {
      throw new EvalSetupError("config", `${at}.${isFloor ? "arm" : "vs"}`, `there is no arm named "${arm}"`, `Use one of the arms of eval.arms: ${allArmNames.join(", ")}`);
    }
    if (!isFloor) comparisonRules++;
    if (arm !== undefined && !armNames.includes(arm)) {
      skipped.push(`${at} (${rule.metric} ${isFloor ? `floor ${rule.floor} on` : `${rule.kind ?? "not-worse"} vs`} ${arm}): the arm is not run (--arms)`);
      return;
    }
    if (isFloor) {
      floors.push({ metric: rule.metric as MetricId, min: rule.floor!, ...(arm !== undefined ? { arm } : {}) });
      floorIndex.push(i);
    } else {
      rules.push({ metric: rule.metric as MetricId, vs: arm!, kind: rule.kind ?? "not-worse", ...(rule.margin !== undefined ? { margin: rule.margin } : {}), ...(rule.severity ? { severity: rule.severity } : {}) });
      ruleIndex.push(i);
    }
  });
  const options: GateOptions = {
    // Comparison rules in the config replace the defaults; floors alone keep them.
    ...(comparisonRules > 0 ? { rules } : {}),
    floors,
    maxFailureRate: settings.maxFailureRate,
    minPairs: settings.gate.minPairs,
    alpha: settings.gate.alpha,
    key: KEY,
  };
  return { options, skipped, ruleIndex, floorIndex };
}

/** The core's key for a split list ("eval.gate.floors[0].metric") as the config's ("eval.gate.rules[3].metric"). */
export function configKey(key: string | undefined, config: GateConfig): string {
  if (!key) return KEY;
  return key.replace(/^eval\.gate\.(rules|floors)\[(\d+)\]/, (_, list: string, index: string) => `${KEY}.rules[${(list === "rules" ? config.ruleIndex : config.floorIndex)[Number(index)] ?? index}]`);
}

/** Checks the rules against the arms and metrics now; throws EvalSetupError naming the config key. */
export function checkGate(config: GateConfig, input: { candidate: string; arms: Pick<GateArm, "name" | "kind">[]; primary: MetricId; metrics: MetricId[] }): void {
  try {
    resolveGateOptions({ candidate: input.candidate, arms: input.arms.map((a) => ({ ...a, total: 0, failed: 0 })), primary: input.primary, metrics: input.metrics, options: config.options });
  } catch (error) {
    if (error instanceof EvalInputError) {
      const problem = error.message.slice(error.key ? error.key.length + 2 : 0).replace(`. ${error.fix}`, "");
      throw new EvalSetupError("config", configKey(error.key, config), problem, error.fix);
    }
    throw error;
  }
}
