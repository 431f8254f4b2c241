// JSON answers: whether the answer is valid JSON, whether it conforms to the caller's JSON Schema
// (ajv), and how many of the reference's top-level fields it gets right.
//   - Valid JSON: the answer, without surrounding whitespace, parses with JSON.parse. A Markdown code
//     fence around it is not removed: a model fine-tuned to answer in JSON should not add one.
//   - Schema: ajv 8 with the draft named by the schema's $schema (2020-12, 2019-09, else draft-07).
//     "format" is an annotation only (the default of 2019-09 and later; no format validators are
//     bundled); unknown keywords are reported as warnings, not errors.
//   - Field accuracy: for a reference object with k fields, the share of them the answer (an object)
//     has with an equal value; equality is on parsed JSON (key order ignored, array order kept,
//     1 and 1.0 equal). A reference that is not an object, or is {}, scores 1 for an equal answer.
import { Ajv, type Options } from "ajv";
import { Ajv2019 } from "ajv/dist/2019.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import { EvalInputError } from "../errors.js";

export type ParsedJson = { ok: true; value: unknown } | { ok: false };

export function parseJsonAnswer(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text.trim()) };
  } catch {
    return { ok: false };
  }
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Deep equality of parsed JSON values, iterative so that deeply nested answers cannot overflow the stack. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop()!;
    if (x === y) continue;
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x)) {
      const ys = y as unknown[];
      if (x.length !== ys.length) return false;
      for (let i = 0; i < x.length; i++) stack.push([x[i], ys[i]]);
      continue;
    }
    const xo = x as Record<string, unknown>;
    const yo = y as Record<string, unknown>;
    const keys = Object.keys(xo);
    if (keys.length !== Object.keys(yo).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(yo, key)) return false;
      stack.push([xo[key], yo[key]]);
    }
  }
  return true;
}

export interface CompiledSchema {
  validate(value: unknown): boolean;
  /** Ajv's strict-mode remarks (unknown keywords, ignored formats): shown to the user, not fatal. */
  warnings: string[];
}

/** Compiles the caller's schema once; a schema that does not compile is an EvalInputError naming `key`. */
export function compileAnswerSchema(schema: unknown, key = "scoring.jsonSchema"): CompiledSchema {
  const fix = "Give a valid JSON Schema (draft-07, 2019-09 or 2020-12, chosen by its $schema) as an object, with no $ref outside itself";
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    throw new EvalInputError("json-schema-invalid", "the JSON Schema for answers must be an object", key, fix);
  }
  const warnings: string[] = [];
  const note = (...parts: unknown[]) => warnings.push(parts.map(String).join(" "));
  const options: Options = { strict: "log", allErrors: false, validateFormats: false, logger: { log: note, warn: note, error: note } };
  const draft = String((schema as Record<string, unknown>).$schema ?? "");
  const ajv = draft.includes("2020-12") ? new Ajv2020(options) : draft.includes("2019-09") ? new Ajv2019(options) : new Ajv(options);
  try {
    const validate = ajv.compile(schema);
    return { validate: (value) => validate(value) === true, warnings };
  } catch (error) {
    throw new EvalInputError("json-schema-invalid", `the JSON Schema for answers does not compile: ${(error as Error).message}`, key, fix);
  }
}

export interface FieldResult {
  name: string;
  correct: boolean;
}

/** Field accuracy of one answer (undefined when it is not valid JSON) against its reference value. */
export function fieldAccuracy(answer: ParsedJson, reference: unknown): { score: number; fields: FieldResult[] } {
  if (!isJsonObject(reference) || Object.keys(reference).length === 0) {
    return { score: answer.ok && jsonEqual(answer.value, reference) ? 1 : 0, fields: [] };
  }
  const value = answer.ok && isJsonObject(answer.value) ? answer.value : undefined;
  const fields = Object.keys(reference).map((name) => ({ name, correct: value !== undefined && Object.hasOwn(value, name) && jsonEqual(value[name], reference[name]) }));
  return { score: fields.filter((f) => f.correct).length / fields.length, fields };
}
