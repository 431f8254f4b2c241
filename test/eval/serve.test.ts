// eval.serve's part that does not need a model: the server program started with the base model and
// the adapter, ready only once /v1/models lists both, stopped (with its whole process group), its
// log kept, and its failures reported with the log's last lines. A small Node program stands in for
// serve.py here (node runs any file as a script); test/eval/realParts.e2e.test.ts runs the real one.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EvalSetupError } from "../../src/eval/errors.js";
import { freePort, startServer, type ServeSettings } from "../../src/eval/serve.js";

const root = mkdtempSync(join(tmpdir(), "finetune-ci-serve-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, "self-hosted-runner"));
mkdirSync(join(root, "adapter"));
writeFileSync(join(root, "adapter/adapter_config.json"), "{}");
// Same command line as serve.py: --model, --served-model-name, --lora-modules NAME=PATH, --host, --port.
writeFileSync(
  join(root, "self-hosted-runner/serve.py"),
  `const http = require("http");
const arg = (name) => process.argv[process.argv.indexOf(name) + 1];
const mode = process.env.FAKE_MODE;
console.log("loading " + arg("--model"));
console.error("args " + process.argv.slice(2).join(" "));
if (mode === "exit") { console.error("CUDA out of memory"); process.exit(3); }
const names = [arg("--served-model-name"), ...(mode === "no-adapter" ? [] : [arg("--lora-modules").split("=")[0]])];
setTimeout(() => http.createServer((req, res) => {
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ object: "list", data: names.map((id) => ({ id, object: "model" })) }));
}).listen(Number(arg("--port")), "127.0.0.1", () => console.log("listening")), 200);
process.on("SIGTERM", () => { console.log("stopping"); process.exit(0); });
if (process.env.FAKE_PID_FILE) require("fs").writeFileSync(process.env.FAKE_PID_FILE, String(process.pid));
`,
);

const settings = (over: Partial<ServeSettings> = {}): ServeSettings => ({ engine: "serve.py", baseModel: "tiny-base", adapter: "adapter", adapterName: "candidate", python: process.execPath, port: 0, startupTimeoutSeconds: 20, ...over });

async function start(mode: string, over: Partial<ServeSettings> = {}, logName = `${mode}.log`) {
  const port = await freePort();
  const logPath = join(root, "out", logName);
  const info: string[] = [];
  const served = startServer({ settings: settings(over), actionRoot: root, cwd: root, env: { ...process.env, FAKE_MODE: mode }, logPath, pollMs: 50, info: (m) => info.push(m) }, port);
  return { served, port, logPath, info };
}

describe("eval.serve", () => {
  it("starts serve.py with the base model and the adapter, waits for /v1/models to list both, and stops it", async () => {
    const { served, port, logPath, info } = await start("ok");
    const server = await served;
    expect(server.endpoint).toEqual({ baseURL: `http://127.0.0.1:${port}/v1`, baseName: "tiny-base", adapterName: "candidate" });
    expect(server.engine).toBe("serve.py");
    const listed = (await (await fetch(`${server.endpoint.baseURL}/models`)).json()) as { data: { id: string }[] };
    expect(listed.data.map((m) => m.id)).toEqual(["tiny-base", "candidate"]);
    await server.stop();
    await expect(fetch(`${server.endpoint.baseURL}/models`)).rejects.toThrow();
    const log = readFileSync(logPath, "utf8");
    expect(log).toContain("loading tiny-base");
    expect(log).toContain(`args --model tiny-base --served-model-name tiny-base --lora-modules candidate=${join(root, "adapter")} --host 127.0.0.1 --port ${port}`);
    expect(log).toContain("stopping");
    expect(info.join("\n")).toMatch(/eval\.serve: serve\.py serves tiny-base and candidate at http:\/\/127\.0\.0\.1:\d+\/v1/);
  });

  it("reports a server that exits before serving, with the end of its log", async () => {
    const { served, logPath } = await start("exit");
    const error = (await served.catch((e: unknown) => e)) as EvalSetupError;
    expect(error).toBeInstanceOf(EvalSetupError);
    expect(error.message).toMatch(/^eval\.serve: the serve\.py server exited \(exit code 3\) before serving the models\. Read its log, .*exit\.log/);
    expect(error.details).toContain("CUDA out of memory");
    expect(existsSync(logPath)).toBe(true);
  });

  it("stops waiting at startupTimeoutSeconds when the adapter never appears, stops the server, and says what it lists", async () => {
    const { served } = await start("no-adapter", { startupTimeoutSeconds: 1.5 });
    const error = (await served.catch((e: unknown) => e)) as EvalSetupError;
    expect(error.message).toMatch(/^eval\.serve\.startupTimeoutSeconds: the serve\.py server did not serve "tiny-base" and "candidate" within 1\.5 s \(it lists "tiny-base"\)/);
  });

  it("refuses an adapter folder that is not a LoRA adapter, before starting anything", async () => {
    const { served } = await start("ok", { adapter: "nowhere" }, "never.log");
    const error = (await served.catch((e: unknown) => e)) as EvalSetupError;
    expect(error.message).toMatch(/^eval\.serve\.adapter: nowhere has no adapter_config\.json: it is not a LoRA adapter folder\. Point it at the adapter\/ folder train\.py writes/);
    expect(existsSync(join(root, "out", "never.log"))).toBe(false);
  });
});

describe("Ctrl-C during finetune-ci eval (node dist/cli.js; build first)", () => {
  it("stops the server eval.serve started, and keeps its log", async () => {
    const ws = join(root, "ctrl-c");
    mkdirSync(join(ws, "adapter"), { recursive: true });
    writeFileSync(join(ws, "adapter/adapter_config.json"), "{}");
    writeFileSync(join(ws, "holdout.jsonl"), `${JSON.stringify({ messages: [{ role: "user", content: "q" }, { role: "assistant", content: "a" }] })}\n`);
    // The configured "python" runs the stand-in server instead of serve.py, with serve.py's flags.
    writeFileSync(join(ws, "fakepython"), `#!/bin/sh\nshift\nexec "${process.execPath}" "${join(root, "self-hosted-runner/serve.py")}" "$@"\n`);
    chmodSync(join(ws, "fakepython"), 0o755);
    writeFileSync(join(ws, "config.yml"), JSON.stringify({ datasets: { holdout: ["holdout.jsonl"] }, eval: { arms: { base: { kind: "base" }, candidate: { kind: "candidate" } }, serve: { engine: "serve.py", baseModel: "tiny-base", adapter: "adapter", python: "./fakepython", startupTimeoutSeconds: 600 } } }));
    const pidFile = join(ws, "server.pid");
    const cli = spawn(process.execPath, [join(process.cwd(), "dist/cli.js"), "eval", "--config", "config.yml"], { cwd: ws, env: { ...process.env, FAKE_MODE: "no-adapter", FAKE_PID_FILE: pidFile }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    cli.stderr.on("data", (d) => (stderr += d));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => cli.on("exit", (_code, signal) => resolve(signal)));
    for (const deadline = Date.now() + 30_000; !existsSync(pidFile); ) {
      if (Date.now() > deadline) throw new Error(`the server never started:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const serverPid = Number(readFileSync(pidFile, "utf8"));
    expect(stderr).toMatch(/eval\.serve: starting serve\.py with tiny-base and candidate=adapter on port \d+/);
    cli.kill("SIGINT");
    expect(await exited).toBe("SIGINT");
    const alive = () => {
      try {
        process.kill(serverPid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (const deadline = Date.now() + 15_000; alive() && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 50));
    expect(alive()).toBe(false);
    expect(readFileSync(join(ws, ".finetune-ci/eval/serve.log"), "utf8")).toContain("loading tiny-base");
  });
});
