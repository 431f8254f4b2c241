#!/usr/bin/env node
// Writes docs/configuration.md, the config file reference, from schemas/config.schema.json: the
// schema is the one source of truth (ajv validates with it, editors complete with it), so the page
// is generated from it instead of kept in step by hand. test/docs/configReference.test.ts fails
// when the committed page differs from what this script writes.
//
//   node scripts/config-reference.mjs           rewrite docs/configuration.md
//   node scripts/config-reference.mjs --check   exit 1 when docs/configuration.md is out of date
//   node scripts/config-reference.mjs --stdout  print the page
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const SCHEMA_PATH = "schemas/config.schema.json";
export const PAGE_PATH = "docs/configuration.md";

/** Resolves a local "#/definitions/x" reference; other schemas are returned as they are. */
function resolve(root, schema) {
  if (schema && typeof schema.$ref === "string" && schema.$ref.startsWith("#/")) {
    const target = schema.$ref.slice(2).split("/").reduce((node, key) => node?.[key], root);
    if (!target) throw new Error(`${SCHEMA_PATH}: unresolved $ref ${schema.$ref}`);
    return resolve(root, { ...target, ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$ref")) });
  }
  return schema ?? {};
}

const code = (value) => `\`${String(value).replace(/`/g, "'")}\``;
/** Text for a table cell: pipes escaped, line breaks flattened. */
const cell = (text) => String(text).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
/** JSON, except that billions read as 8.0e9 (a float in both YAML 1.1 and 1.2). */
const json = (value) => (typeof value === "number" && value >= 1e9 && value % 1e8 === 0 ? `${(value / 1e9).toFixed(1)}e9` : JSON.stringify(value));

function typeOf(root, schema) {
  const s = resolve(root, schema);
  if (s.enum) return s.enum.every((v) => typeof v === "string") ? "string" : "enum";
  if (s.type === "array") return `array of ${typeOf(root, s.items)}`;
  if (s.type === "object" && !s.properties && s.additionalProperties && typeof s.additionalProperties === "object") {
    return `map of ${typeOf(root, s.additionalProperties)}`;
  }
  if (Array.isArray(s.type)) return s.type.join(" or ");
  return s.type ?? "any";
}

/** Constraints a value must meet, in words: enums, ranges, lengths and patterns. */
function allowedValues(root, schema) {
  const s = resolve(root, schema);
  if (s.enum) return s.enum.map(code).join(", ");
  if (s.type === "array") {
    const item = allowedValues(root, s.items);
    return item ? `items: ${item}` : "";
  }
  const parts = [];
  const low = s.exclusiveMinimum !== undefined ? `> ${s.exclusiveMinimum}` : s.minimum !== undefined ? `≥ ${s.minimum}` : "";
  const high = s.exclusiveMaximum !== undefined ? `< ${s.exclusiveMaximum}` : s.maximum !== undefined ? `≤ ${s.maximum}` : "";
  if (low || high) parts.push([low, high].filter(Boolean).join(" and "));
  if (s.type === "integer") parts.push("whole number");
  if (s.minLength === 1) parts.push("not empty");
  else if (s.minLength !== undefined) parts.push(`at least ${s.minLength} characters`);
  if (s.pattern === "^\\d{4}-\\d{2}-\\d{2}$") parts.push("a date, YYYY-MM-DD");
  else if (s.pattern) parts.push(`matches ${code(s.pattern)}`);
  if (s.propertyNames) {
    const names = resolve(root, s.propertyNames);
    if (names.enum) parts.push(`keys: the finding codes listed below`);
  }
  if (s.type === "object" && s.additionalProperties && typeof s.additionalProperties === "object" && !s.properties) {
    const values = allowedValues(root, s.additionalProperties);
    if (values && resolve(root, s.additionalProperties).type !== "object") parts.push(`values: ${values}`);
  }
  return parts.join("; ");
}

/** The default value, or the words "defaults to ..." in the description say for a computed one. */
function defaultOf(schema) {
  if (schema.default !== undefined) {
    if (schema.type === "object" && typeof schema.default === "object" && Object.keys(schema.default).length === 0) return "";
    return code(json(schema.default));
  }
  const computed = /\bdefaults to ([^,;]+?)(?:[,;]|\.(?:\s|$)|$)/i.exec(schema.description ?? "");
  return computed ? computed[1] : "";
}

/** How a map's keys are shown: <code> for finding codes, <name> otherwise. */
const placeholder = (root, s) => (s.propertyNames && resolve(root, s.propertyNames).enum ? "<code>" : "<name>");

const isSection = (s) => s.type === "object" && (s.properties || (s.additionalProperties && typeof s.additionalProperties === "object"));

/**
 * Rows of one section: every key under `prefix`, depth first. A map (additionalProperties with a
 * schema) shows its entries' keys under `<name>`.
 */
function rows(root, schema, prefix) {
  const s = resolve(root, schema);
  const out = [];
  const entries = Object.entries(s.properties ?? {});
  for (const [key, raw] of entries) {
    const child = resolve(root, raw);
    const path = `${prefix}${key}`;
    out.push({ path, type: typeOf(root, child), default: defaultOf(child), allowed: allowedValues(root, child), required: (s.required ?? []).includes(key), description: child.description ?? "" });
    if (isSection(child)) out.push(...rows(root, child, `${path}.`));
    // A list of objects (eval.gate.rules): its items' keys as `path[].key`.
    const items = child.type === "array" ? resolve(root, child.items) : undefined;
    if (items && isSection(items)) out.push(...rows(root, items, `${path}[].`));
  }
  if (!s.properties && s.additionalProperties && typeof s.additionalProperties === "object") {
    const value = resolve(root, s.additionalProperties);
    if (value.type === "object") out.push(...rows(root, value, `${prefix}${placeholder(root, s)}.`));
  }
  return out;
}

function table(list) {
  const lines = ["| Key | Type | Default | Allowed values | Description |", "| --- | --- | --- | --- | --- |"];
  for (const r of list) {
    const description = `${r.required ? "**Required.** " : ""}${r.description}`.trim();
    lines.push(`| ${[code(r.path), r.type, r.default || "—", r.allowed || "any", description].map(cell).join(" | ")} |`);
  }
  return lines.join("\n");
}

/** The whole page, as markdown. Pure: the same schema gives the same bytes. */
export function renderConfigReference(schema) {
  const root = schema;
  const out = [
    "<!-- Generated from schemas/config.schema.json by scripts/config-reference.mjs. Do not edit by hand: change the schema, then run `node scripts/config-reference.mjs`. -->",
    "",
    "# Configuration reference",
    "",
    `${root.description ?? ""}`,
    "",
    "The configuration lives in `.finetune-ci.yml` at the repository root (the CLI's `--config` and the Action's `config` input name another file). " +
      "Unknown keys are errors. The same schema, [`schemas/config.schema.json`](../schemas/config.schema.json), gives editors completion: " +
      `add \`# yaml-language-server: $schema=${root.$id}\` as the file's first line (the schema of the major version you use: its URL names the major tag).`,
    "",
    "## Contents",
    "",
  ];
  const top = Object.entries(root.properties ?? {});
  for (const [key] of top) out.push(`- [\`${key}\`](#${key.toLowerCase()})`);
  for (const [key, raw] of top) {
    const s = resolve(root, raw);
    out.push("", `## ${key}`, "");
    if (!isSection(s)) {
      out.push(table([{ path: key, type: typeOf(root, s), default: defaultOf(s), allowed: allowedValues(root, s), required: false, description: s.description ?? "" }]));
      continue;
    }
    if (s.description) out.push(s.description, "");
    const closed = s.additionalProperties === false ? " Unknown keys are errors." : "";
    const allowed = allowedValues(root, s);
    out.push(`Type: ${typeOf(root, s)}.${closed}${allowed ? ` Allowed: ${allowed}.` : ""}`, "");
    const list = rows(root, s, `${key}.`);
    if (!list.length) {
      // A map of plain values (severities): one row for its entries.
      list.push({ path: `${key}.${placeholder(root, s)}`, type: typeOf(root, s.additionalProperties), default: "", allowed: allowedValues(root, s.additionalProperties), required: false, description: "" });
    }
    out.push(table(list));
    const names = s.propertyNames && resolve(root, s.propertyNames);
    if (names?.enum) out.push("", "Finding codes:", "", names.enum.map(code).join(", "));
  }
  out.push("", "## Example", "", "```yaml", ...exampleConfig(root), "```", "");
  return out.join("\n");
}

/** A config file that sets every top-level scalar and section to its default, as a starting point. */
function exampleConfig(root) {
  const lines = ["# .finetune-ci.yml: every value below is the default unless marked"];
  for (const [key, raw] of Object.entries(root.properties ?? {})) {
    const s = resolve(root, raw);
    if (key === "datasets") {
      lines.push("datasets:", "  train: [data/train.jsonl]        # example paths", "  holdout: [data/holdout.jsonl]");
    } else if (s.properties) {
      const scalars = Object.entries(s.properties).filter(([, v]) => resolve(root, v).default !== undefined && resolve(root, v).type !== "object");
      if (!scalars.length) continue;
      lines.push(`${key}:`);
      for (const [k, v] of scalars) lines.push(`  ${k}: ${json(resolve(root, v).default)}`);
    } else if (s.default !== undefined && s.type !== "object") {
      lines.push(`${key}: ${json(s.default)}`);
    } else if (key === "severities") {
      lines.push("severities:", "  near-duplicate: error             # example: make a warning fail the check", "  pii: \"off\"                        # example: silence a code");
    }
  }
  return lines;
}

export function readSchema() {
  return JSON.parse(readFileSync(`${ROOT}${SCHEMA_PATH}`, "utf8"));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const page = renderConfigReference(readSchema());
  const mode = process.argv[2];
  if (mode === "--stdout") process.stdout.write(page);
  else if (mode === "--check") {
    let current = "";
    try {
      current = readFileSync(`${ROOT}${PAGE_PATH}`, "utf8");
    } catch {}
    if (current !== page) {
      process.stderr.write(`${PAGE_PATH} is out of date with ${SCHEMA_PATH}: run \`node scripts/config-reference.mjs\` and commit the result.\n`);
      process.exit(1);
    }
  } else {
    writeFileSync(`${ROOT}${PAGE_PATH}`, page);
    process.stdout.write(`wrote ${PAGE_PATH}\n`);
  }
}
