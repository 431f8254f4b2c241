// The HTTP pieces every part of the GitHub stand-in answers with: GitHub's JSON errors, its
// page-number pagination, and request bodies read whole.
import type { IncomingMessage, ServerResponse } from "node:http";

export const NOT_FOUND = { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" };

/** What GitHub answers a GITHUB_TOKEN whose `permissions:` do not cover the call. */
export function notAccessible(documentationUrl = "https://docs.github.com/rest"): object {
  return { message: "Resource not accessible by integration", documentation_url: documentationUrl, status: "403" };
}

/** GitHub's 422 for a value its model rejects (beyond what the OpenAPI description can say). */
export function validationFailed(resource: string, field: string, code: string, message?: string): object {
  return { message: "Validation Failed", errors: [{ resource, code, field, ...(message ? { message } : {}) }], documentation_url: "https://docs.github.com/rest", status: "422" };
}

export function send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(json));
}

/** GitHub's page-number pagination: per_page (default 30, at most 100), page, and a Link header. */
export function paginate(res: ServerResponse, url: URL, items: unknown[], wrap?: (page: unknown[]) => unknown): void {
  const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 30) || 30, 100);
  const page = Math.max(Number(url.searchParams.get("page") ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const target = new URL(url);
    target.searchParams.set("per_page", String(perPage));
    target.searchParams.set("page", String(n));
    return `<${target.href}>; rel="${rel}"`;
  };
  const links = [
    ...(page > 1 ? [link(page - 1, "prev"), link(1, "first")] : []),
    ...(page < last ? [link(page + 1, "next"), link(last, "last")] : []),
  ];
  const slice = items.slice((page - 1) * perPage, page * perPage);
  send(res, 200, wrap ? wrap(slice) : slice, links.length ? { link: links.join(", ") } : {});
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
