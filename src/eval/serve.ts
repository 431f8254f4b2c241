// eval.serve: a local OpenAI-compatible server with the base model and the candidate's adapter, for
// the length of the evaluation. self-hosted-runner/serve-vllm.sh when the configured python can
// import vllm, else self-hosted-runner/serve.py (transformers + peft). It is started through the
// process adapter (its own process group, so Ctrl-C and a cancelled job reach its workers), ready
// once GET /v1/models lists both names, and stopped at the end, on failure and on a signal; its
// output goes to a log file that is kept, and quoted when it fails to start.
import { createWriteStream, existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import { delimiter, dirname, join, resolve } from "node:path";
import { withoutRunnerCredentials } from "../adapters/process/childEnv.js";
import { ProcessStartError, runProcess, startProcess, type ProcessResult } from "../adapters/process/runProcess.js";
import type { EvalSettings } from "../settings/settings.js";
import type { ServedEndpoint } from "./arms.js";
import { EvalSetupError } from "./errors.js";

/** eval.serve with the base model and the adapter named. */
export type ServeSettings = NonNullable<EvalSettings["serve"]> & { baseModel: string; adapter: string };

/** eval.serve, complete; undefined without it; a config error when it lacks the base model or the adapter. */
export function serveSettings(settings: EvalSettings): ServeSettings | undefined {
  const serve = settings.serve;
  if (!serve) return undefined;
  for (const [key, what] of [["baseModel", "the base model to serve (a Hugging Face id or a local folder)"], ["adapter", "the candidate's adapter folder (train.py's adapter/)"]] as const) {
    if (!serve[key]) throw new EvalSetupError("config", `eval.serve.${key}`, "is not set", `Set it to ${what}; in the Action, command: eval sets it from the adapter-path or training-artifact input`);
  }
  return serve as ServeSettings;
}
export type Engine = "vllm" | "serve.py";

export interface ServedModels {
  endpoint: ServedEndpoint;
  engine: Engine;
  logPath: string;
  stop(): Promise<void>;
}

export interface ServeOptions {
  settings: ServeSettings;
  /** The action's (or the clone's) own files: self-hosted-runner/ is below it. */
  actionRoot: string;
  cwd: string;
  env: Record<string, string | undefined>;
  logPath: string;
  /** More adapters on the same base model, served under their names (a promoted baseline beside the candidate). */
  extraAdapters?: { name: string; path: string }[];
  /** For the readiness polls (tests pass their own). */
  fetch?: typeof fetch;
  /** How often /v1/models is asked (default 500 ms). */
  pollMs?: number;
  info(message: string): void;
}

const LOG_TAIL = 30;

/** A free port on 127.0.0.1, chosen by the system. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok, fail) => server.once("error", fail).listen(0, "127.0.0.1", ok));
  const { port } = server.address() as { port: number };
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

export function servedEndpoint(settings: ServeSettings, port: number): ServedEndpoint {
  return { baseURL: `http://127.0.0.1:${port}/v1`, baseName: settings.baseModel, adapterName: settings.adapterName };
}

async function chooseEngine(settings: ServeSettings, env: Record<string, string | undefined>, cwd: string): Promise<Engine> {
  if (settings.engine !== "auto") return settings.engine;
  try {
    const probe = await runProcess({ command: settings.python, args: ["-c", "import vllm"], env, cwd });
    return probe.code === 0 ? "vllm" : "serve.py";
  } catch (error) {
    if (error instanceof ProcessStartError) throw new EvalSetupError("serve", "eval.serve.python", error.message, "Set eval.serve.python to a Python with the runner's requirements (self-hosted-runner/requirements.txt) or vLLM");
    throw error;
  }
}

function command(engine: Engine, settings: ServeSettings, adapters: { name: string; path: string }[], port: number, actionRoot: string): { command: string; args: string[] } {
  const runner = join(actionRoot, "self-hosted-runner");
  const modules = adapters.map((a) => `${a.name}=${a.path}`);
  if (engine === "vllm") return { command: "bash", args: [join(runner, "serve-vllm.sh"), settings.baseModel, ...modules] };
  return {
    command: settings.python,
    args: [join(runner, "serve.py"), "--model", settings.baseModel, "--served-model-name", settings.baseModel, "--lora-modules", ...modules, "--host", "127.0.0.1", "--port", String(port)],
  };
}

async function listedModels(url: string, fetchFn: typeof fetch): Promise<string[] | undefined> {
  try {
    const response = await fetchFn(`${url}/models`, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { data?: { id?: unknown }[] };
    return Array.isArray(body.data) ? body.data.map((m) => String(m.id)) : undefined;
  } catch {
    return undefined;
  }
}

/** Starts the server on `port` and resolves once it serves both models; throws EvalSetupError with the log's tail otherwise. */
export async function startServer(options: ServeOptions, port: number): Promise<ServedModels> {
  const { settings } = options;
  const adapter = resolve(options.cwd, settings.adapter);
  if (!existsSync(join(adapter, "adapter_config.json"))) {
    throw new EvalSetupError("serve", "eval.serve.adapter", `${settings.adapter} has no adapter_config.json: it is not a LoRA adapter folder`, "Point it at the adapter/ folder train.py writes (train.outputDir/adapter), e.g. after downloading the training artifact");
  }
  const engine = await chooseEngine(settings, withoutRunnerCredentials(options.env), options.cwd);
  const endpoint = servedEndpoint(settings, port);
  await mkdir(dirname(options.logPath), { recursive: true });
  const log = createWriteStream(options.logPath, { flags: "w" });
  const tail: string[] = [];
  const keep = (line: string) => {
    log.write(`${line}\n`);
    if (line.trim() === "") return;
    tail.push(line);
    if (tail.length > LOG_TAIL) tail.shift();
  };
  // serve-vllm.sh runs `vllm` from PATH: the one installed beside the configured python.
  const pythonDir = settings.python.includes("/") ? dirname(resolve(options.cwd, settings.python)) : undefined;
  // The server gets the step's environment without the runner's tokens, as train.py does.
  const env = { ...withoutRunnerCredentials(options.env), PORT: String(port), ...(pythonDir ? { PATH: `${pythonDir}${delimiter}${options.env.PATH ?? ""}` } : {}) };
  const extra = (options.extraAdapters ?? []).map((a) => ({ name: a.name, path: resolve(options.cwd, a.path) }));
  const { command: program, args } = command(engine, settings, [{ name: settings.adapterName, path: adapter }, ...extra], port, options.actionRoot);
  options.info(`eval.serve: starting ${engine} with ${settings.baseModel} and ${[`${settings.adapterName}=${settings.adapter}`, ...(options.extraAdapters ?? []).map((a) => `${a.name}=${a.path}`)].join(", ")} on port ${port} (log: ${options.logPath})`);
  let running;
  try {
    running = await startProcess({ command: program, args, env, cwd: options.cwd, onStdout: keep, onStderr: keep, killGraceMs: 10_000 });
  } catch (error) {
    log.end();
    if (error instanceof ProcessStartError) throw new EvalSetupError("serve", "eval.serve.python", error.message, "Set eval.serve.python to a Python with the runner's requirements installed");
    throw error;
  }
  let exited: ProcessResult | undefined;
  void running.exited.then((result) => (exited = result));
  const stop = async () => {
    if (!exited) await running.stop();
    await new Promise<void>((ok) => log.end(ok));
  };
  const fetchFn = options.fetch ?? fetch;
  const deadline = Date.now() + settings.startupTimeoutSeconds * 1000;
  const wanted = [endpoint.baseName, endpoint.adapterName, ...extra.map((a) => a.name)];
  let seen: string[] | undefined;
  try {
    for (;;) {
      seen = await listedModels(endpoint.baseURL, fetchFn);
      if (seen && wanted.every((name) => seen!.includes(name))) break;
      if (exited) {
        throw new EvalSetupError("serve", "eval.serve", `the ${engine} server exited (${exited.code === null ? `signal ${exited.signal}` : `exit code ${exited.code}`}) before serving the models`, `Read its log, ${options.logPath}; its last lines are below`, tail.slice(-LOG_TAIL));
      }
      if (Date.now() > deadline) {
        const listed = seen ? `it lists ${seen.map((s) => JSON.stringify(s)).join(", ") || "no model"}` : "GET /v1/models never answered";
        throw new EvalSetupError("serve", "eval.serve.startupTimeoutSeconds", `the ${engine} server did not serve ${wanted.map((w) => JSON.stringify(w)).join(" and ")} within ${settings.startupTimeoutSeconds} s (${listed})`, `Raise startupTimeoutSeconds if the model is still loading; otherwise read its log, ${options.logPath}`, tail.slice(-LOG_TAIL));
      }
      await new Promise((r) => setTimeout(r, options.pollMs ?? 500));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  options.info(`eval.serve: ${engine} serves ${wanted.join(" and ")} at ${endpoint.baseURL}`);
  return { endpoint, engine, logPath: options.logPath, stop };
}
