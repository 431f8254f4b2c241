// The folders of src/ are the architecture, and imports must not climb: the pure core imports
// nothing of the program, the edges (adapters) know no flow, the shared report kit knows no flow,
// and the flows know nothing of the Action. Every import under src/ is read with TypeScript's own
// parser (static, dynamic, type-only and re-exports alike) and checked against the rules below.
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../src");

/** The flows: each may use the core, the adapters, the report kit, settings and the flow context. */
const FLOWS = ["review", "train", "eval"];

/** Folders of src/ each folder may import (its own always). Files at the top of src/ are "root". */
const MAY_IMPORT: Record<string, string[]> = {
  core: [],
  settings: ["core"],
  report: ["core"],
  adapters: ["core"],
  flow: ["core", "adapters", "settings"],
  review: ["core", "adapters", "report", "settings", "flow", "root"],
  train: ["core", "adapters", "report", "settings", "flow", "root", "review"],
  eval: ["core", "adapters", "report", "settings", "flow", "root", "review", "train"],
  action: ["core", "adapters", "report", "settings", "flow", "root", ...FLOWS],
  /** The finetune-ci command's subcommands: the CLI's edge, as action/ is the Action's. */
  cli: ["core", "adapters", "report", "settings", "flow", "root", ...FLOWS],
  root: ["core", "adapters", "report", "settings", "flow", "action", "cli", ...FLOWS],
};

/** Node modules that touch the machine (files, processes, network, threads): not in the pure core. */
const IO_MODULES = ["fs", "fs/promises", "child_process", "net", "http", "https", "http2", "dgram", "worker_threads", "cluster", "os", "readline"];
/** Packages that are edges of their own (the Actions toolkit, GitHub's and OpenAI's clients): adapters/ and action/ only. */
const EDGE_PACKAGES = [/^@actions\//, /^@octokit\//, /^openai(\/|$)/];

interface Import {
  /** Repository-relative path of the importing file, e.g. src/core/cost/estimate.ts. */
  from: string;
  specifier: string;
}

function folderOf(srcPath: string): string {
  const parts = srcPath.split("/");
  return parts.length === 1 ? "root" : parts[0]!;
}

/** Why an import breaks a rule, or undefined when it does not. */
function violation({ from, specifier }: Import): string | undefined {
  const source = folderOf(relative(SRC, resolve(from)));
  if (specifier.startsWith(".")) {
    const target = relative(SRC, resolve(dirname(from), specifier));
    // Data, not code: the JSON Schemas (validated and shipped for editors) and package.json's version.
    if (target.startsWith("..")) return /^\.\.\/(schemas\/[\w.-]+\.schema\.json|package\.json)$/.test(target) ? undefined : `${source}/ imports ${specifier}, outside src/`;
    const folder = folderOf(target);
    if (folder === source) return undefined;
    if (target === "cli.ts" || target === "cli.js" || target === "index.ts" || target === "index.js") return `${source}/ imports an entry point (${target})`;
    if (!MAY_IMPORT[source]?.includes(folder)) return `${source}/ may not import ${folder}/ (${specifier})`;
    return undefined;
  }
  const bare = specifier.replace(/^node:/, "");
  const isBuiltin = specifier.startsWith("node:") || builtinModules.includes(bare);
  if (source === "core" && isBuiltin && IO_MODULES.includes(bare)) return `core/ imports ${specifier}: the core gets readers and storage passed in`;
  if (EDGE_PACKAGES.some((p) => p.test(specifier)) && source !== "adapters" && source !== "action") return `${source}/ imports ${specifier}: only adapters/ and action/ talk to it`;
  return undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts)$/.test(e.name) && !e.name.endsWith(".d.ts"))
    .map((e) => join(e.parentPath, e.name));
}

function importsOf(file: string): Import[] {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  const from = relative(resolve(SRC, ".."), file);
  return info.importedFiles.map((f) => ({ from, specifier: f.fileName }));
}

describe("the rules themselves", () => {
  it.each([
    ["src/core/cost/estimate.ts", "../../settings/settings.js", "core/ may not import settings/"],
    ["src/core/tokens/tokenizer.ts", "../../adapters/files/files.js", "core/ may not import adapters/"],
    ["src/core/dataset/lines.ts", "node:fs", "core/ imports node:fs"],
    ["src/adapters/parallel/reviewInWorker.ts", "../../review/reviewDatasets.js", "adapters/ may not import review/"],
    ["src/adapters/github/x.ts", "../../settings/settings.js", "adapters/ may not import settings/"],
    ["src/train/context.ts", "../action/context.js", "train/ may not import action/"],
    ["src/eval/runEval.ts", "../action/inputs.js", "eval/ may not import action/"],
    ["src/train/publish/artifact.ts", "@actions/artifact", "train/ imports @actions/artifact"],
    ["src/report/table.ts", "../review/report/model.js", "report/ may not import review/"],
    ["src/flow/context.ts", "../train/context.js", "flow/ may not import train/"],
    ["src/review/reviewDatasets.ts", "../../test/support/review.js", "outside src/"],
    ["src/train/plan.ts", "../cli.js", "imports an entry point"],
  ])("%s importing %s is refused", (from, specifier, reason) => {
    expect(violation({ from, specifier })).toContain(reason);
  });

  it.each([
    ["src/train/trainAfterMerge.ts", "../review/datasetFiles.js"],
    ["src/review/worker/reviewInWorker.ts", "../../adapters/parallel/workerTask.js"],
    ["src/adapters/openai/client.ts", "openai"],
    ["src/action/context.ts", "@actions/core"],
    ["src/core/dataset/formats.ts", "ajv"],
    ["src/settings/settings.ts", "../core/findings.js"],
    ["src/settings/settings.ts", "../../schemas/config.schema.json"],
  ])("%s importing %s is allowed", (from, specifier) => {
    expect(violation({ from, specifier })).toBeUndefined();
  });
});

describe("imports under src/", () => {
  const imports = sourceFiles(SRC).flatMap(importsOf);

  it("are all read (a parser that found none would pass anything)", () => {
    expect(imports.length).toBeGreaterThan(300);
    expect(imports.some((i) => i.specifier.startsWith("node:"))).toBe(true);
    expect(imports.some((i) => i.from.startsWith("src/core/") && i.specifier.startsWith("."))).toBe(true);
  });

  it("never climb: core imports only core, adapters and the report kit know no flow, flows never import the Action", () => {
    const broken = imports.map((i) => ({ ...i, why: violation(i) })).filter((i) => i.why !== undefined);
    expect(broken.map((b) => `${b.from}: ${b.why}`)).toEqual([]);
  });

  it("are sorted into the folders a reader expects, and no others", () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !(f in MAY_IMPORT))).toEqual([]);
  });
});
