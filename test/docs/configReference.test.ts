// docs/configuration.md is generated from schemas/config.schema.json; a schema change that is not
// followed by `node scripts/config-reference.mjs` leaves users reading a stale reference.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const PAGE = "docs/configuration.md";
const schema = JSON.parse(readFileSync("schemas/config.schema.json", "utf8")) as Schema;
const generated = execFileSync(process.execPath, ["scripts/config-reference.mjs", "--stdout"], { encoding: "utf8" });
const committed = readFileSync(PAGE, "utf8");

interface Schema {
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  propertyNames?: unknown;
  enum?: unknown[];
  default?: unknown;
}

/** Every key path the schema defines, with `<name>` / `<code>` for the keys of a map. */
function keyPaths(s: Schema, prefix = ""): string[] {
  const out: string[] = [];
  for (const [key, child] of Object.entries(s.properties ?? {})) {
    out.push(`${prefix}${key}`);
    out.push(...keyPaths(child, `${prefix}${key}.`));
  }
  if (!s.properties && s.additionalProperties && typeof s.additionalProperties === "object") {
    // Finding codes (an enum of names) show as <code>; any other map's keys as <name>.
    const names = s.propertyNames as (Schema & { $ref?: string }) | undefined;
    const placeholder = names?.enum || names?.$ref ? "<code>" : "<name>";
    if (s.additionalProperties.properties) out.push(...keyPaths(s.additionalProperties, `${prefix}${placeholder}.`));
    else out.push(`${prefix}${placeholder}`);
  }
  return out;
}

describe("the configuration reference (docs/configuration.md)", () => {
  it("is what scripts/config-reference.mjs generates from the schema (run `node scripts/config-reference.mjs` if not)", () => {
    // Compared as a whole, so a stale page fails with the lines that differ.
    expect(committed, `${PAGE} is out of date: run \`node scripts/config-reference.mjs\` and commit it`).toBe(generated);
  });

  it("documents every key of the schema", () => {
    const top = Object.keys(schema.properties ?? {});
    const missing = keyPaths(schema).filter((path) => !top.includes(path) && !generated.includes(`\`${path}\``));
    expect(missing).toEqual([]);
    for (const key of top) expect(generated).toContain(`## ${key}\n`);
  });

  it("lists every allowed value of every enum", () => {
    const enums: unknown[][] = [];
    const walk = (s: unknown) => {
      if (!s || typeof s !== "object") return;
      const node = s as Schema;
      if (Array.isArray(node.enum)) enums.push(node.enum);
      for (const value of Object.values(node)) walk(value);
    };
    walk(schema);
    for (const values of enums) for (const value of values) expect(generated).toContain(`\`${String(value)}\``);
  });

  it("shows an example config file that the schema accepts", () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(generated)?.[1];
    expect(yaml).toBeDefined();
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const ok = validate(parse(yaml!));
    expect(validate.errors ?? [], "the example in the page is not a valid config").toEqual([]);
    expect(ok).toBe(true);
  });

  it("says it is generated, and from what", () => {
    expect(generated.split("\n")[0]).toMatch(/Generated from schemas\/config\.schema\.json by scripts\/config-reference\.mjs/);
  });
});
