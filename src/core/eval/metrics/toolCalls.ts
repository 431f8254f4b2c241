// Tool calls. Name match: the answer calls the same functions as the reference, as a multiset (order
// of parallel calls ignored). Call match: besides, each call's arguments equal the reference's as
// parsed JSON (key order ignored; see jsonEqual), calls paired one to one. Arguments that are not
// valid JSON are compared as text, so a malformed call never equals a well-formed one; "" counts as
// {} (no arguments). When the reference makes no call, both scores are 1 exactly when the answer
// makes none either: deciding not to call a tool is part of the task.
import type { ToolCall } from "../types.js";
import { jsonEqual } from "./json.js";

type Arguments = { parsed: true; value: unknown } | { parsed: false; text: string };

function parseArguments(args: ToolCall["arguments"]): Arguments {
  if (typeof args !== "string") return { parsed: true, value: args };
  if (args.trim() === "") return { parsed: true, value: {} };
  try {
    return { parsed: true, value: JSON.parse(args) };
  } catch {
    return { parsed: false, text: args };
  }
}

function argumentsEqual(a: Arguments, b: Arguments): boolean {
  if (a.parsed && b.parsed) return jsonEqual(a.value, b.value);
  return !a.parsed && !b.parsed && a.text === b.text;
}

export function toolNameMatch(answer: readonly ToolCall[] | undefined, reference: readonly ToolCall[] | undefined): 0 | 1 {
  const names = (calls: readonly ToolCall[] | undefined) => (calls ?? []).map((c) => c.name).sort();
  const a = names(answer);
  const b = names(reference);
  return a.length === b.length && a.every((name, i) => name === b[i]) ? 1 : 0;
}

export function toolCallMatch(answer: readonly ToolCall[] | undefined, reference: readonly ToolCall[] | undefined): 0 | 1 {
  const given = (answer ?? []).map((c) => ({ name: c.name, args: parseArguments(c.arguments), used: false }));
  const wanted = reference ?? [];
  if (given.length !== wanted.length) return 0;
  // Equality is an equivalence relation, so taking the first equal unused call never blocks a match.
  for (const call of wanted) {
    const args = parseArguments(call.arguments);
    const match = given.find((g) => !g.used && g.name === call.name && argumentsEqual(g.args, args));
    if (!match) return 0;
    match.used = true;
  }
  return 1;
}
