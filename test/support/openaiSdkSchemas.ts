// JSON Schemas made from the official `openai` SDK's own type declarations (the .d.ts files of the
// installed package), so that a stand-in refuses a request the SDK's types would not allow and
// checks its own answers against the types the SDK hands back to our code. Generated with
// ts-json-schema-generator on first use and cached per SDK version under node_modules/.cache.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import { createGenerator } from "ts-json-schema-generator";

const require = createRequire(import.meta.url);
// The package root: "openai" resolves to its index.js there (package.json is not exported).
const sdkRoot = dirname(require.resolve("openai"));
export const OPENAI_SDK_VERSION: string = (JSON.parse(readFileSync(join(sdkRoot, "package.json"), "utf8")) as { version: string }).version;

/** A type of the SDK: the declaration file (relative to the package root) and the exported name. */
export interface SdkType {
  file: string;
  name: string;
}

export const SDK_TYPES = {
  chatCompletionRequest: { file: "resources/chat/completions/completions.d.ts", name: "ChatCompletionCreateParamsNonStreaming" },
  chatCompletion: { file: "resources/chat/completions/completions.d.ts", name: "ChatCompletion" },
  model: { file: "resources/models.d.ts", name: "Model" },
  fileObject: { file: "resources/files.d.ts", name: "FileObject" },
  jobCreateParams: { file: "resources/fine-tuning/jobs/jobs.d.ts", name: "JobCreateParams" },
  fineTuningJob: { file: "resources/fine-tuning/jobs/jobs.d.ts", name: "FineTuningJob" },
  fineTuningJobEvent: { file: "resources/fine-tuning/jobs/jobs.d.ts", name: "FineTuningJobEvent" },
  fineTuningJobCheckpoint: { file: "resources/fine-tuning/jobs/checkpoints.d.ts", name: "FineTuningJobCheckpoint" },
} as const satisfies Record<string, SdkType>;

const cacheDir = join(sdkRoot, "..", ".cache", "finetune-ci-openai-schemas", OPENAI_SDK_VERSION);

/** The JSON Schema of an SDK type (draft-07), from the cache or generated now (about 2 s). */
export function sdkSchema(type: SdkType): object {
  const cached = join(cacheDir, `${type.file.replace(/[/.]/g, "_")}__${type.name}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, "utf8")) as object;
  const generator = createGenerator({
    path: join(sdkRoot, type.file),
    skipTypeCheck: true,
    expose: "none",
    topRef: false,
    jsDoc: "none",
    // Unknown keys are refused: the SDK's types list every field the API takes.
    additionalProperties: false,
  });
  const schema = generator.createSchema(type.name) as object;
  mkdirSync(cacheDir, { recursive: true });
  // Written beside and renamed: test files run in parallel workers and may generate at once.
  const partial = `${cached}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(schema));
  renameSync(partial, cached);
  return schema;
}

const ajv = new Ajv({ strict: false, allErrors: true });
const validators = new Map<string, ValidateFunction>();

/** Problems of `value` against the SDK type, as "path: message" lines; empty when it conforms. */
export function sdkTypeProblems(type: SdkType, value: unknown): string[] {
  const key = `${type.file}#${type.name}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(sdkSchema(type));
    validators.set(key, validate);
  }
  if (validate(value)) return [];
  // anyOf failures list every branch: a branch's "must be equal to constant" (another role's
  // branch) says least, and the deepest remaining path says most about what is wrong.
  const all = validate.errors ?? [];
  const vague = (e: (typeof all)[number]) => ["const", "enum", "anyOf", "type"].includes(e.keyword);
  const telling = all.some((e) => !vague(e)) ? all.filter((e) => !vague(e)) : all;
  const lines = [...telling]
    .sort((a, b) => b.instancePath.length - a.instancePath.length)
    .map((e) => `${e.instancePath || "(body)"}: ${e.message ?? "invalid"}${e.params && "additionalProperty" in e.params ? ` "${String(e.params.additionalProperty)}"` : ""}`);
  return [...new Set(lines)].slice(0, 5);
}
