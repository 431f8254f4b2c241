// Text from outside finetune-ci (an API's event messages, train.py's output, dataset text) reaches
// the Actions log as text: no line of it may run as a workflow command.
import { afterEach, describe, expect, it, vi } from "vitest";
import { fenceWorkflowCommands, inertLogText } from "../../src/adapters/github/workflowCommands.js";
import { createContext } from "../../src/action/context.js";
import { runnerEnvironment } from "../../src/flow/runner.js";
import { resolveSettings } from "../../src/settings/settings.js";

/**
 * The commands a runner would execute in `log`, read the way actions/runner does it: a line is a
 * command when, trimmed, it starts with "::", or else when it holds "##[name" and a "]" anywhere
 * (the legacy form, ActionCommand.TryParse); after ::stop-commands::TOKEN nothing is one until a
 * line ::TOKEN::. Written here from the runner's documented behaviour, not from the code under test.
 */
function commandsIn(log: string): string[] {
  const commands: string[] = [];
  let stoppedBy: string | undefined;
  for (const raw of log.split(/\r?\n/)) {
    const line = raw.trim();
    if (stoppedBy !== undefined) {
      if (line === `::${stoppedBy}::`) stoppedBy = undefined;
      continue;
    }
    const m = /^::([\w-]+)[^:]*::(.*)$/.exec(line);
    if (!m) {
      if (/##\[[\w-]+[^\]]*\]/.test(line)) commands.push(line);
      continue;
    }
    if (m[1] === "stop-commands") stoppedBy = m[2];
    else commands.push(line);
  }
  return commands;
}

const hostile = "job event: step 3\n::add-mask::ghp_abcdefghijklmnopqrstuvwxyz0123456789\n  ::error file=train.jsonl,line=1::fake\n::stop-commands::guess\n::guess::\n::warning::after";

describe("workflow commands in text from outside", () => {
  it("the reading above is right: a bare command line counts, a fenced one does not", () => {
    expect(commandsIn(hostile)).toEqual(["::add-mask::ghp_abcdefghijklmnopqrstuvwxyz0123456789", "::error file=train.jsonl,line=1::fake", "::warning::after"]);
  });

  it("leaves plain text alone and fences text that holds a command line, leading blanks included", () => {
    expect(inertLogText("loss 0.35 at step 12")).toBe("loss 0.35 at step 12");
    expect(inertLogText("a :: b")).toBe("a :: b");
    expect(commandsIn(inertLogText(hostile))).toEqual([]);
    expect(commandsIn(inertLogText("  ::add-mask::x"))).toEqual([]);
    expect(inertLogText(hostile)).toContain(hostile);
  });

  it("fences the legacy ##[command] form too, which the runner honours anywhere in a line", () => {
    const legacy = "step 3 said: ##[add-mask]ghp_abcdefghijklmnopqrstuvwxyz0123456789";
    expect(commandsIn(legacy)).toEqual([legacy]);
    expect(commandsIn(inertLogText(legacy))).toEqual([]);
  });

  it("uses a token the text cannot know, so the text cannot end the fence itself", () => {
    const a = fenceWorkflowCommands("x");
    const b = fenceWorkflowCommands("x");
    expect(a).not.toBe(b);
    expect(commandsIn(fenceWorkflowCommands("::stop-commands::x\n::x::\n::error::escaped?"))).toEqual([]);
  });
});

describe("the Action's log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes info lines from outside as text, never as commands", () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const context = createContext({ command: "train", configPath: ".finetune-ci.yml", githubToken: "", comment: false, annotations: false }, resolveSettings([{}], "test"), runnerEnvironment({}));
    context.log.info(hostile);
    context.log.info("plain line");
    vi.restoreAllMocks();
    const log = written.join("");
    expect(log).toContain("ghp_abcdefghijklmnopqrstuvwxyz0123456789");
    expect(log).toContain("plain line");
    expect(commandsIn(log)).toEqual([]);
  });
});
