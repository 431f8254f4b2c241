// One ACTIONS_RESULTS_URL for a job, as a runner gives it: the artifact service and the cache
// service are both Twirp services of the results service, called with the job's one runtime token.
// This front routes each request to the stand-in of its service (artifactStandIn.ts,
// cacheStandIn.ts), whose signed blob URLs point at themselves.
import { once } from "node:events";
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ArtifactStandIn } from "./artifactStandIn.js";
import { CACHE_SERVICE, CacheStandIn } from "./cacheStandIn.js";

export class ResultsServiceStandIn {
  private readonly server = createServer((req, res) => this.forward(req, res));

  private constructor(
    readonly artifacts: ArtifactStandIn,
    readonly cache: CacheStandIn,
  ) {}

  static async start(): Promise<ResultsServiceStandIn> {
    const artifacts = await ArtifactStandIn.start();
    const cache = await CacheStandIn.start({ token: artifacts.token });
    const front = new ResultsServiceStandIn(artifacts, cache);
    front.server.listen(0, "127.0.0.1");
    await once(front.server, "listening");
    return front;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** The variables a runner on github.com gives a job for both services. */
  env(): Record<string, string> {
    return { ACTIONS_RUNTIME_TOKEN: this.artifacts.token, ACTIONS_RESULTS_URL: this.url, ACTIONS_CACHE_SERVICE_V2: "True" };
  }

  get violations(): string[] {
    return [...this.artifacts.violations, ...this.cache.violations];
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await Promise.all([once(this.server, "close"), this.artifacts.stop(), this.cache.stop()]);
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    const target = new URL(req.url?.includes(`/twirp/${CACHE_SERVICE}/`) ? this.cache.url : this.artifacts.url);
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502).end();
    });
    req.pipe(upstream);
  }
}
