// Releases and their assets as GitHub keeps them, for the GitHub stand-in. Uploads go to a second
// origin (uploads.github.com on GitHub) through the `upload_url` template a release carries; an
// asset download with Accept: application/octet-stream is a 302 to a signed URL on yet another
// origin, which refuses an Authorization header as S3 does. GitHub's model rules beyond its
// OpenAPI description are kept: a body over 125,000 characters, a second release for a tag, a
// second asset with the same name (also the "starter" asset a failed upload leaves behind).
import type { IncomingMessage, ServerResponse } from "node:http";
import { githubApiOperations } from "./openApiOperations.js";
import { NOT_FOUND, notAccessible, paginate, send, validationFailed } from "./githubStandInHttp.js";
import type { RouteRequest, StandInHost, StandInRoutes, StandInUser } from "./githubStandIn.js";

/** GitHub refuses a release body longer than this: 422 "body is too long (maximum is 125000 characters)". */
export const RELEASE_BODY_LIMIT = 125_000;

export interface StandInAsset {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  bytes: Buffer;
  /** "uploaded", or "starter" for what an interrupted upload leaves. */
  state: "uploaded" | "starter";
}

export interface StandInRelease {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  makeLatest: string;
  createdAt: string;
  publishedAt: string | null;
  author: StandInUser;
  assets: StandInAsset[];
}

export type UploadFault = "bad-gateway" | "bad-gateway-after-starter";

export class StandInReleases {
  readonly releases: StandInRelease[] = [];
  private nextId = 170_000_001;
  private readonly uploadFaults: UploadFault[] = [];

  constructor(private readonly host: StandInHost) {}

  /** A release someone else (or an earlier run) made. */
  seedRelease(release: Partial<StandInRelease> & { tagName: string }): StandInRelease {
    const seeded: StandInRelease = {
      id: this.nextId++,
      targetCommitish: "main",
      name: release.tagName,
      body: null,
      draft: false,
      prerelease: false,
      makeLatest: "true",
      createdAt: this.host.now(),
      publishedAt: null,
      author: this.host.bot,
      assets: [],
      ...release,
    };
    if (!seeded.draft) seeded.publishedAt ??= seeded.createdAt;
    this.releases.push(seeded);
    return seeded;
  }

  seedAsset(release: StandInRelease, asset: { name: string; bytes: Buffer; contentType?: string; state?: StandInAsset["state"] }): StandInAsset {
    const seeded: StandInAsset = { id: this.nextId++, label: null, contentType: asset.contentType ?? "application/octet-stream", state: asset.state ?? "uploaded", name: asset.name, bytes: asset.bytes };
    release.assets.push(seeded);
    return seeded;
  }

  /** The next uploads fail: a 502, and with "-after-starter" a starter asset left holding the name, as GitHub does. */
  failUpload(fault: UploadFault, times = 1): void {
    for (let i = 0; i < times; i++) this.uploadFaults.push(fault);
  }

  release(id: number): StandInRelease | undefined {
    return this.releases.find((r) => r.id === id);
  }

  routes(): StandInRoutes {
    return {
      "GET /repos/{owner}/{repo}/releases": (req, res) => {
        // Newest first; drafts are listed to a token that may push, as a workflow's is.
        const listed = [...this.releases].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
        paginate(res, req.url, listed.map((r) => this.json(r)));
      },
      "POST /repos/{owner}/{repo}/releases": (req, res) => this.create(req, res),
      "GET /repos/{owner}/{repo}/releases/{release_id}": (req, res) => {
        const release = this.release(Number(req.params.release_id));
        return release ? send(res, 200, this.json(release)) : send(res, 404, NOT_FOUND);
      },
      "PATCH /repos/{owner}/{repo}/releases/{release_id}": (req, res) => this.update(req, res),
      "GET /repos/{owner}/{repo}/releases/tags/{tag}": (req, res) => {
        const release = this.publishedWithTag(req.params.tag ?? "");
        return release ? send(res, 200, this.json(release)) : send(res, 404, NOT_FOUND);
      },
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets": (req, res) => {
        const release = this.release(Number(req.params.release_id));
        return release ? paginate(res, req.url, release.assets.map((a) => this.assetJson(a))) : send(res, 404, NOT_FOUND);
      },
      "GET /repos/{owner}/{repo}/releases/assets/{asset_id}": (req, res) => this.getAsset(req, res),
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}": (req, res) => {
        if (!this.host.allows("contents: write")) return send(res, 403, notAccessible());
        for (const release of this.releases) {
          const index = release.assets.findIndex((a) => a.id === Number(req.params.asset_id));
          if (index >= 0) {
            release.assets.splice(index, 1);
            res.writeHead(204).end();
            return;
          }
        }
        send(res, 404, NOT_FOUND);
      },
    };
  }

  private create(req: RouteRequest, res: ServerResponse): void {
    if (!this.host.allows("contents: write")) return send(res, 403, notAccessible("https://docs.github.com/rest/releases/releases#create-a-release"));
    const body = req.body as { tag_name: string; target_commitish?: string; name?: string; body?: string; draft?: boolean; prerelease?: boolean; make_latest?: string };
    const invalid = this.invalidBody(body.body);
    if (invalid) return send(res, 422, invalid);
    if (!body.draft && this.publishedWithTag(body.tag_name)) return send(res, 422, validationFailed("Release", "tag_name", "already_exists"));
    if (body.target_commitish && !this.host.resolveCommit(body.target_commitish)) {
      return send(res, 422, validationFailed("Release", "target_commitish", "invalid"));
    }
    const release = this.seedRelease({
      tagName: body.tag_name,
      targetCommitish: body.target_commitish ?? "main",
      name: body.name ?? null,
      body: body.body ?? null,
      draft: body.draft ?? false,
      prerelease: body.prerelease ?? false,
      makeLatest: body.make_latest ?? "true",
    });
    send(res, 201, this.json(release));
  }

  private update(req: RouteRequest, res: ServerResponse): void {
    if (!this.host.allows("contents: write")) return send(res, 403, notAccessible("https://docs.github.com/rest/releases/releases#update-a-release"));
    const release = this.release(Number(req.params.release_id));
    if (!release) return send(res, 404, NOT_FOUND);
    const body = req.body as { tag_name?: string; name?: string; body?: string; draft?: boolean; prerelease?: boolean; make_latest?: string };
    const invalid = this.invalidBody(body.body);
    if (invalid) return send(res, 422, invalid);
    const tag = body.tag_name ?? release.tagName;
    const publishing = body.draft === false || (!release.draft && body.draft === undefined);
    if (publishing && this.publishedWithTag(tag, release.id)) return send(res, 422, validationFailed("Release", "tag_name", "already_exists"));
    release.tagName = tag;
    if (body.name !== undefined) release.name = body.name;
    if (body.body !== undefined) release.body = body.body;
    if (body.prerelease !== undefined) release.prerelease = body.prerelease;
    if (body.make_latest !== undefined) release.makeLatest = body.make_latest;
    if (body.draft === false && release.draft) {
      release.draft = false;
      release.publishedAt = this.host.now();
    } else if (body.draft === true) release.draft = true;
    send(res, 200, this.json(release));
  }

  private invalidBody(body: string | undefined): object | undefined {
    if (body === undefined || body.length <= RELEASE_BODY_LIMIT) return undefined;
    this.host.violations.push(`release body of ${body.length} characters, over GitHub's ${RELEASE_BODY_LIMIT}`);
    return validationFailed("Release", "body", "custom", `body is too long (maximum is ${RELEASE_BODY_LIMIT} characters)`);
  }

  private publishedWithTag(tag: string, except?: number): StandInRelease | undefined {
    return this.releases.find((r) => !r.draft && r.tagName === tag && r.id !== except);
  }

  private getAsset(req: RouteRequest, res: ServerResponse): void {
    const asset = this.releases.flatMap((r) => r.assets).find((a) => a.id === Number(req.params.asset_id));
    if (!asset) return send(res, 404, NOT_FOUND);
    if (req.headers.accept !== "application/octet-stream") return send(res, 200, this.assetJson(asset));
    // GitHub answers with a redirect to short-lived signed storage; the client must not carry its token there.
    res.writeHead(302, { location: this.host.sign({ bytes: asset.bytes, contentType: "application/octet-stream", fileName: asset.name }), "content-length": "0" });
    res.end();
  }

  /** POST {upload_url}: the raw bytes of one asset, on the uploads origin. */
  async upload(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer): Promise<void> {
    const operations = githubApiOperations();
    const path = decodeURIComponent(url.pathname);
    const matched = operations.match("POST", url.pathname);
    if (req.method !== "POST" || matched?.template !== "/repos/{owner}/{repo}/releases/{release_id}/assets") {
      this.host.violations.push(`uploads origin: ${req.method} ${path} is not the release asset upload`);
      return send(res, 404, NOT_FOUND);
    }
    const problems = operations.violations("POST", matched.template, url.searchParams, undefined);
    if (!req.headers.authorization) problems.push("an asset upload without an Authorization header");
    if (!req.headers["content-type"]) problems.push("an asset upload without a Content-Type header (GitHub requires the asset's media type)");
    if (req.headers["content-length"] === undefined) problems.push("an asset upload without Content-Length");
    else if (Number(req.headers["content-length"]) !== raw.length) problems.push(`Content-Length ${req.headers["content-length"]} but ${raw.length} bytes came`);
    if (problems.length > 0) {
      this.host.violations.push(...problems.map((p) => `POST ${matched.template}: ${p}`));
      return send(res, 400, { message: problems.join("; ") });
    }
    if (!this.host.allows("contents: write")) return send(res, 403, notAccessible("https://docs.github.com/rest/releases/assets#upload-a-release-asset"));
    const release = this.release(Number(matched.params.release_id));
    if (!release || matched.params.owner !== this.host.owner || matched.params.repo !== this.host.repo) return send(res, 404, NOT_FOUND);
    const name = url.searchParams.get("name")!;
    if (release.assets.some((a) => a.name === name)) return send(res, 422, validationFailed("ReleaseAsset", "name", "already_exists"));
    const fault = this.uploadFaults.shift();
    if (fault) {
      if (fault === "bad-gateway-after-starter") this.seedAsset(release, { name, bytes: Buffer.alloc(0), contentType: String(req.headers["content-type"]), state: "starter" });
      return send(res, 502, { message: "Server Error" });
    }
    const label = url.searchParams.get("label");
    const asset = this.seedAsset(release, { name, bytes: raw, contentType: String(req.headers["content-type"]) });
    asset.label = label;
    send(res, 201, this.assetJson(asset));
  }

  json(release: StandInRelease) {
    const api = `https://api.github.com/repos/${this.host.owner}/${this.host.repo}`;
    const web = `https://github.com/${this.host.owner}/${this.host.repo}`;
    return {
      id: release.id,
      node_id: `RE_stand-in-${release.id}`,
      url: `${api}/releases/${release.id}`,
      html_url: release.draft ? `${web}/releases/edit/untagged-${release.id}` : `${web}/releases/tag/${encodeURI(release.tagName)}`,
      assets_url: `${api}/releases/${release.id}/assets`,
      upload_url: `${this.host.uploadsUrl}/repos/${this.host.owner}/${this.host.repo}/releases/${release.id}/assets{?name,label}`,
      tarball_url: `${api}/tarball/${release.tagName}`,
      zipball_url: `${api}/zipball/${release.tagName}`,
      tag_name: release.tagName,
      target_commitish: release.targetCommitish,
      name: release.name,
      body: release.body,
      draft: release.draft,
      prerelease: release.prerelease,
      created_at: release.createdAt,
      published_at: release.publishedAt,
      author: release.author,
      assets: release.assets.map((a) => this.assetJson(a)),
    };
  }

  private assetJson(asset: StandInAsset) {
    const api = `https://api.github.com/repos/${this.host.owner}/${this.host.repo}`;
    return {
      id: asset.id,
      node_id: `RA_stand-in-${asset.id}`,
      url: `${api}/releases/assets/${asset.id}`,
      browser_download_url: `https://github.com/${this.host.owner}/${this.host.repo}/releases/download/x/${encodeURIComponent(asset.name)}`,
      name: asset.name,
      label: asset.label,
      state: asset.state,
      content_type: asset.contentType,
      size: asset.bytes.length,
      digest: null,
      download_count: 0,
      created_at: this.host.now(),
      updated_at: this.host.now(),
      uploader: this.host.bot,
    };
  }
}
