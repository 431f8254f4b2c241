// The two dataset formats, their JSON Schemas (shipped in schemas/ for editors) compiled once with
// ajv, and the translation of ajv's errors into finding codes a user can act on.
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import chatSchema from "../../../schemas/chat-example.schema.json" with { type: "json" };
import preferenceSchema from "../../../schemas/preference-example.schema.json" with { type: "json" };
import type { FindingCode } from "../findings.js";

export type DatasetFormat = "chat" | "preference";
export type FormatChoice = DatasetFormat | "auto";

export interface LineIssue {
  code: FindingCode;
  message: string;
}

type Validators = Record<DatasetFormat, ValidateFunction>;

/** Validators that report every error, and (for very wide lines) ones that stop at the first. */
const validators: { all?: Validators; first?: Validators } = {};

function compiled(firstErrorOnly: boolean): Validators {
  const which = firstErrorOnly ? "first" : "all";
  let v = validators[which];
  if (!v) {
    const ajv = new Ajv({ allErrors: !firstErrorOnly, strict: true, allowUnionTypes: true, verbose: true });
    ajv.addSchema(chatSchema);
    ajv.addSchema(preferenceSchema);
    v = validators[which] = {
      chat: ajv.getSchema(chatSchema.$id)!,
      preference: ajv.getSchema(preferenceSchema.$id)!,
    };
  }
  return v;
}

/** Which format one parsed line looks like; the first object line of a file decides the file. */
export function detectFormat(value: Record<string, unknown>): DatasetFormat {
  return "preferred_output" in value || "non_preferred_output" in value || ("input" in value && !("messages" in value))
    ? "preference"
    : "chat";
}

/** What is wrong with a line against its format's schema; with firstErrorOnly, the first thing only. */
export function schemaIssues(value: unknown, format: DatasetFormat, firstErrorOnly = false): LineIssue[] {
  const validate = compiled(firstErrorOnly)[format];
  if (validate(value)) return [];
  const issues: LineIssue[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const issue = translate(error, format);
    if (!issue) continue;
    const key = `${issue.code}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/** "/messages/2/role" -> "messages[2].role": how the path reads in a message. */
function readablePath(pointer: string): string {
  if (pointer === "") return "the example";
  return pointer
    .slice(1)
    .split("/")
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join("");
}

function translate(error: ErrorObject, format: DatasetFormat): LineIssue | undefined {
  const path = error.instancePath;
  const where = readablePath(path);
  const last = path.split("/").pop() ?? "";
  // anyOf/oneOf wrappers repeat what their branches already said.
  if (error.keyword === "anyOf" || error.keyword === "oneOf") {
    return last === "content" ? { code: "missing-content", message: `${where} must be a string, null or an array of content parts` } : undefined;
  }
  if (path === "" && error.keyword === "type") return { code: "not-an-object", message: "the line is JSON but not an object" };
  if (error.keyword === "additionalProperties") {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    return { code: "unrecognized-key", message: `unrecognized key "${key}" in ${where}` };
  }
  if (/tool_calls|tool_call_id|\/tools\b|function_call|\/functions\b/.test(path)) {
    return { code: "invalid-tool-call", message: `${where} ${error.message ?? "is invalid"}` };
  }
  if (format === "preference" && (path === "" || /^\/(input|preferred_output|non_preferred_output)$/.test(path))) {
    if (path === "/input" && error.keyword === "required" && (error.params as { missingProperty: string }).missingProperty === "messages") {
      return { code: "missing-messages", message: 'input has no "messages" array' };
    }
    return { code: "invalid-preference", message: `${where} ${error.message ?? "is invalid"}` };
  }
  if (error.keyword === "required") {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    if (missing === "messages") return { code: "missing-messages", message: 'the example has no "messages" array' };
    return { code: "message-missing-key", message: `${where} has no "${missing}"` };
  }
  if (/^\/(input\/)?messages$/.test(path)) return { code: "missing-messages", message: `${where} ${error.message ?? "is invalid"}` };
  if (last === "role") {
    return { code: "unrecognized-role", message: `${where} ${JSON.stringify(error.data)} is not one of ${(error.params as { allowedValues: string[] }).allowedValues.join(", ")}` };
  }
  if (last === "weight") return { code: "invalid-weight", message: `${where} must be 0 or 1` };
  if (/\/content(\/|$)/.test(path)) {
    return last === "content" ? undefined : { code: "missing-content", message: `${where} ${error.message ?? "is invalid"}` };
  }
  if (/^\/(input\/)?messages\/\d+$/.test(path)) return { code: "message-missing-key", message: `${where} must be an object with a role` };
  return { code: "unrecognized-key", message: `${where} ${error.message ?? "is invalid"}` };
}
