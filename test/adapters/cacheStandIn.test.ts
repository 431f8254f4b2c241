// The cache service stand-in refuses what the service would: camelCase field names (the JSON
// mapping uses the proto names), a request without the runtime token, and the token sent to storage.
import { afterEach, beforeEach, expect, it } from "vitest";
import { CACHE_SERVICE, CacheStandIn } from "../support/cacheStandIn.js";

let service: CacheStandIn;
beforeEach(async () => {
  service = await CacheStandIn.start();
});
afterEach(async () => {
  await service.stop();
});

const call = (method: string, body: object, token = service.token) =>
  fetch(`${service.url}twirp/${CACHE_SERVICE}/${method}`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body) });

it("refuses camelCase field names", async () => {
  const response = await call("GetCacheEntryDownloadURL", { key: "k", version: "v", restoreKeys: ["k-"] });
  expect(response.status).toBe(400);
  expect(service.violations).toEqual(["GetCacheEntryDownloadURL: unknown field restoreKeys (not in the service's message; camelCase instead of the proto name?)"]);
});

it("refuses a request without the job's runtime token", async () => {
  expect((await call("CreateCacheEntry", { key: "k", version: "v" }, "someone-else")).status).toBe(400);
  expect(service.violations).toEqual(['CreateCacheEntry: Authorization is not "Bearer <ACTIONS_RUNTIME_TOKEN>"']);
});

it("refuses the runtime token sent to the signed upload URL", async () => {
  const created = (await (await call("CreateCacheEntry", { key: "k", version: "v" })).json()) as { signed_upload_url: string };
  const put = await fetch(created.signed_upload_url, { method: "PUT", body: new Uint8Array([1]), headers: { "x-ms-blob-type": "BlockBlob", "x-ms-version": "2025-01-05", authorization: `Bearer ${service.token}` } });
  expect(put.status).toBe(400);
  expect(service.violations).toEqual(["PutBlob: an Authorization header on a SAS URL (the runtime token must not go to storage)"]);
});
