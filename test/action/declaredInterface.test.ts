// action.yml is the Action's public interface: every input the code reads and every output it sets
// must be declared there, and nothing declared may go unused.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { Input, Output } from "../../src/action/inputs.js";
import { EVAL_OUTPUTS } from "../../src/eval/step/context.js";
import { TRAIN_OUTPUTS } from "../../src/train/context.js";

const action = parse(readFileSync("action.yml", "utf8")) as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: { using: string; main: string } };

describe("action.yml", () => {
  it("runs dist/index.js on node24", () => {
    expect(action.runs).toMatchObject({ using: "node24", main: "dist/index.js" });
  });

  it("declares exactly the inputs the code reads", () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...Object.values(Input)].sort());
  });

  it("declares exactly the outputs review, train and eval set", () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...new Set([...Object.values(Output), ...TRAIN_OUTPUTS, ...EVAL_OUTPUTS])].sort());
  });

  it("documents which command sets each output that only one command sets", () => {
    const only = (name: string) => (action.outputs[name] as { description: string }).description;
    for (const name of TRAIN_OUTPUTS.filter((n) => !(EVAL_OUTPUTS as readonly string[]).includes(n))) expect(only(name), name).toMatch(/^command: train\b/);
    for (const name of EVAL_OUTPUTS.filter((n) => !(Object.values(Output) as string[]).includes(n))) expect(only(name), name).toMatch(/^command: eval\b/);
  });
});
