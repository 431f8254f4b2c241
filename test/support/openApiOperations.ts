// Checks requests against GitHub's own OpenAPI description, so the stand-in cannot accept a call
// that api.github.com would reject: an unknown route, an unknown query parameter, a bad body.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";

interface Operation {
  method: string;
  template: string;
  segments: string[];
  query: Map<string, QueryParameter>;
  bodySchema?: object;
  bodyRequired: boolean;
}

interface QueryParameter {
  schema?: { type?: string; enum?: unknown[]; minimum?: number; maximum?: number };
  /** GitHub states some limits only in words: "The number of results per page (max 100)." */
  statedMax?: number;
}

interface Spec {
  paths: Record<string, Record<string, { parameters?: Ref<Parameter>[]; requestBody?: Ref<RequestBody> }>>;
  components: Record<string, Record<string, unknown>>;
}
type Ref<T> = T | { $ref: string };
interface Parameter {
  name: string;
  in: string;
  description?: string;
  schema?: QueryParameter["schema"];
}
interface RequestBody {
  required?: boolean;
  content?: Record<string, { schema?: object }>;
}

export interface MatchedOperation {
  template: string;
  params: Record<string, string>;
}

export class OpenApiOperations {
  private readonly operations: Operation[] = [];
  private readonly validators = new Map<Operation, ValidateFunction>();
  // strict: false because GitHub's description uses OpenAPI-only keywords (example, x-github...).
  // Ajv understands OpenAPI 3.0's `nullable` itself.
  private readonly ajv = new Ajv({ strict: false, allErrors: true });

  constructor(private readonly spec: Spec) {
    this.ajv.addSchema({ components: spec.components }, "spec");
    for (const [template, item] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (method === "parameters" || typeof op !== "object") continue;
        const params = (op.parameters ?? []).map((p) => this.resolve<Parameter>(p));
        const body = op.requestBody ? this.resolve<RequestBody>(op.requestBody) : undefined;
        const query = new Map<string, QueryParameter>();
        for (const p of params.filter((q) => q.in === "query")) {
          const max = /\(max (\d+)\)/.exec(p.description ?? "")?.[1];
          query.set(p.name, { ...(p.schema ? { schema: p.schema } : {}), ...(max ? { statedMax: Number(max) } : {}) });
        }
        this.operations.push({
          method: method.toUpperCase(),
          template,
          segments: template.split("/").slice(1),
          query,
          ...(body?.content?.["application/json"]?.schema ? { bodySchema: body.content["application/json"].schema } : {}),
          bodyRequired: body?.required === true,
        });
      }
    }
  }

  /** The operation for a method and a raw (percent-encoded) path, preferring templates with more fixed segments; parameters come back decoded. */
  match(method: string, path: string): MatchedOperation | undefined {
    const parts = path.split("/").slice(1);
    let best: { op: Operation; params: Record<string, string>; literals: number } | undefined;
    for (const op of this.operations) {
      if (op.method !== method) continue;
      const params = matchSegments(op.segments, parts);
      if (!params) continue;
      const literals = op.segments.filter((s) => !s.startsWith("{")).length;
      if (!best || literals > best.literals) best = { op, params, literals };
    }
    return best && { template: best.op.template, params: best.params };
  }

  /** Everything wrong with a request, in words; empty when GitHub would accept it. */
  violations(method: string, template: string, query: URLSearchParams, body: unknown): string[] {
    const op = this.operations.find((o) => o.method === method && o.template === template);
    if (!op) return [`${method} ${template} is not in GitHub's REST API description`];
    const problems: string[] = [];
    for (const [name, value] of query) {
      const parameter = op.query.get(name);
      if (!parameter) problems.push(`${method} ${template} has no query parameter "${name}"`);
      else problems.push(...queryValueProblems(`${method} ${template} query ${name}`, parameter, value));
    }
    if (op.bodyRequired && body === undefined) problems.push(`${method} ${template} requires a request body, and none was sent`);
    if (op.bodySchema && body !== undefined) {
      const validate = this.validatorFor(op);
      if (!validate(body)) {
        problems.push(...(validate.errors ?? []).map((e) => `${method} ${template} body${e.instancePath}: ${e.message}`));
      }
    }
    return problems;
  }

  private validatorFor(op: Operation): ValidateFunction {
    let validate = this.validators.get(op);
    if (!validate) {
      validate = this.ajv.compile(retargetRefs(op.bodySchema));
      this.validators.set(op, validate);
    }
    return validate;
  }

  private resolve<T>(value: Ref<T>): T {
    if (typeof value !== "object" || value === null || !("$ref" in value)) return value as T;
    const [, group, name] = value.$ref.replace("#/components/", "").match(/^([^/]+)\/(.+)$/) ?? [];
    return this.spec.components[group ?? ""]?.[name ?? ""] as T;
  }
}

/** A query value as GitHub reads it: an integer parameter takes digits only, an enum one of its values, a stated maximum holds. */
function queryValueProblems(where: string, parameter: QueryParameter, value: string): string[] {
  const schema = parameter.schema ?? {};
  if (schema.enum && !schema.enum.map(String).includes(value)) return [`${where}: "${value}" is not one of ${schema.enum.join(", ")}`];
  if (schema.type === "integer" || schema.type === "number") {
    if (!(schema.type === "integer" ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(value)) return [`${where}: "${value}" is not ${schema.type === "integer" ? "an integer" : "a number"}`];
    const n = Number(value);
    if (schema.minimum !== undefined && n < schema.minimum) return [`${where}: ${n} is below the minimum ${schema.minimum}`];
    if (schema.maximum !== undefined && n > schema.maximum) return [`${where}: ${n} is above the maximum ${schema.maximum}`];
    // GitHub quietly answers 100 items for per_page=500: a client counting on more would miss some.
    if (parameter.statedMax !== undefined && n > parameter.statedMax) return [`${where}: ${n} is above the maximum ${parameter.statedMax} GitHub's description states`];
  }
  if (schema.type === "boolean" && value !== "true" && value !== "false") return [`${where}: "${value}" is not true or false`];
  return [];
}

function matchSegments(template: string[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const segment = template[i]!;
    const part = parts[i];
    if (part === undefined) return undefined;
    if (!segment.startsWith("{")) {
      if (segment !== part) return undefined;
      continue;
    }
    const name = segment.slice(1, -1);
    // A repository path (contents/{path}) spans the rest of the URL, slashes included.
    if (name === "path" && i === template.length - 1) {
      params[name] = decodeURIComponent(parts.slice(i).join("/"));
      return params;
    }
    params[name] = decodeURIComponent(part);
  }
  return parts.length === template.length ? params : undefined;
}

// Refs inside a request body point into the same document ("#/components/..."); the document is
// registered with Ajv as "spec", so only the schemas a body actually reaches get compiled.
function retargetRefs(schema: unknown): object {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === "$ref" && typeof value === "string" && value.startsWith("#/") ? `spec${value}` : value,
  );
}

let githubOperations: OpenApiOperations | undefined;

/** GitHub's published description of api.github.com, parsed once per test process. */
export function githubApiOperations(): OpenApiOperations {
  if (!githubOperations) {
    const file = createRequire(import.meta.url).resolve("@octokit/openapi/generated/api.github.com.json");
    githubOperations = new OpenApiOperations(JSON.parse(readFileSync(file, "utf8")) as Spec);
  }
  return githubOperations;
}
