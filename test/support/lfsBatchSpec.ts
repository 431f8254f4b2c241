// The Git LFS batch API as its specification states it. GitHub's REST OpenAPI description does not
// cover it (it is part of git's HTTP endpoint, {server}/{owner}/{repo}.git/info/lfs), so these
// schemas are written down here from the specification itself:
//
//   git-lfs/git-lfs, docs/api/batch.md ("Git LFS Batch API"), read at commit
//   0671f0663bbda8aa7afe89ab3f369ec68bdbb466, https://github.com/git-lfs/git-lfs/blob/main/docs/api/batch.md
//
// - "All Batch API requests use the POST verb, and require the following HTTP headers":
//   Accept: application/vnd.git-lfs+json, Content-Type: application/vnd.git-lfs+json.
// - Request: `operation` ("download" or "upload"), optional `transfers` (strings; "basic" assumed),
//   optional `ref` ({ name }), `objects` ([{ oid: string, size: integer >= 0 }]).
// - Response: optional `transfer`, `objects` ([{ oid, size, authenticated?, actions?: { download?:
//   { href, header?, expires_in?, expires_at? } }, error?: { code, message } }]); a download names
//   either a `download` action or an object error. Errors of the whole request carry `message`
//   (and optional request_id, documentation_url) and no `objects`; 401 answers carry an
//   LFS-Authenticate header.
// - Object error codes: 404 (does not exist), 410 (removed), 422 (validation error).
import { Ajv } from "ajv";

export const LFS_MEDIA_TYPE = "application/vnd.git-lfs+json";

export const BATCH_REQUEST_SCHEMA = {
  type: "object",
  required: ["operation", "objects"],
  properties: {
    operation: { enum: ["download", "upload"] },
    transfers: { type: "array", items: { type: "string" } },
    ref: { type: ["object", "null"], required: ["name"], properties: { name: { type: "string" } } },
    objects: {
      type: "array",
      minItems: 1,
      items: { type: "object", required: ["oid", "size"], properties: { oid: { type: "string" }, size: { type: "integer", minimum: 0 } } },
    },
  },
} as const;

const action = {
  type: "object",
  required: ["href"],
  properties: {
    href: { type: "string" },
    header: { type: "object", additionalProperties: { type: "string" } },
    expires_in: { type: "integer", minimum: -2147483647, maximum: 2147483647 },
    expires_at: { type: "string" },
  },
};

export const BATCH_RESPONSE_SCHEMA = {
  type: "object",
  required: ["objects"],
  properties: {
    transfer: { type: "string" },
    objects: {
      type: "array",
      items: {
        type: "object",
        required: ["oid", "size"],
        properties: {
          oid: { type: "string" },
          size: { type: "integer", minimum: 0 },
          authenticated: { type: "boolean" },
          actions: { type: "object", properties: { download: action, upload: action, verify: action } },
          error: { type: "object", required: ["code", "message"], properties: { code: { type: "integer" }, message: { type: "string" } } },
        },
        // A download names a download action or an error.
        oneOf: [{ required: ["actions"] }, { required: ["error"] }],
      },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = { request: ajv.compile(BATCH_REQUEST_SCHEMA), response: ajv.compile(BATCH_RESPONSE_SCHEMA) };

/** Everything wrong with a batch request or response body, in words; empty when it follows the spec. */
export function batchProblems(kind: "request" | "response", body: unknown): string[] {
  const validate = validators[kind];
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `LFS batch ${kind}${e.instancePath}: ${e.message}`);
}
