// The `prompted` arm's few-shot examples: k examples drawn from the TRAINING set (never the holdout),
// the same ones on every run. Each example is ranked by the SHA-256 of its line and the k lowest are
// taken, so adding examples changes the draw only when a new one ranks lower, and no seed or order
// of files matters. Examples whose prompt is also a holdout prompt are passed over: showing the
// model a holdout question with its answer would score memory, not prompting.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { asMessages, parseRecord, type Message } from "../core/dataset/conversation.js";
import { promptKey } from "./holdout.js";

export interface Shot {
  file: string;
  line: number;
  /** The example's turns without its system messages: user/assistant (and tool) turns, weight removed. */
  messages: Message[];
}

export interface ShotDraw {
  shots: Shot[];
  /** Training examples that could be drawn. */
  eligible: number;
  /** Passed over because their prompt is a holdout prompt. */
  holdoutPrompts: number;
  /** Lines that are not a chat example ending with an assistant answer (the review reports them). */
  unusable: number;
}

const SYSTEM_ROLES = new Set(["system", "developer"]);

/** Draws k shots from the training files (paths relative to `cwd`). */
export async function drawShots(paths: readonly string[], k: number, options: { cwd: string; holdoutPromptKeys: ReadonlySet<string>; maxLineBytes: number }): Promise<ShotDraw> {
  const best: (Shot & { rank: string })[] = [];
  let eligible = 0;
  let holdoutPrompts = 0;
  let unusable = 0;
  for (const path of paths) {
    const lines = createInterface({ input: createReadStream(resolve(options.cwd, path), { encoding: "utf8" }), crlfDelay: Infinity });
    let line = 0;
    for await (const text of lines) {
      line++;
      if (text.trim() === "") continue;
      if (Buffer.byteLength(text) > options.maxLineBytes) {
        unusable++;
        continue;
      }
      const parsed = parseRecord(text);
      const messages = "record" in parsed ? asMessages(parsed.record.messages) : [];
      if (messages.length < 2 || messages.at(-1)!.role !== "assistant") {
        unusable++;
        continue;
      }
      if (options.holdoutPromptKeys.has(promptKey(messages.slice(0, -1)))) {
        holdoutPrompts++;
        continue;
      }
      const turns = messages.filter((m) => !SYSTEM_ROLES.has(String(m.role))).map(({ weight: _weight, ...rest }) => rest);
      if (!turns.some((m) => m.role === "user")) {
        unusable++;
        continue;
      }
      eligible++;
      const rank = createHash("sha256").update(text.trim()).digest("hex");
      if (best.length === k && rank >= best.at(-1)!.rank) continue;
      best.push({ file: path, line, messages: turns, rank });
      best.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
      if (best.length > k) best.pop();
    }
  }
  return { shots: best.map(({ rank: _rank, ...shot }) => shot), eligible, holdoutPrompts, unusable };
}

/** The prompt with the shots after its leading system (or developer) messages. */
export function withShots(messages: readonly Message[], shots: readonly Shot[]): Message[] {
  const lead = messages.findIndex((m) => !SYSTEM_ROLES.has(String(m.role)));
  const at = lead === -1 ? messages.length : lead;
  return [...messages.slice(0, at), ...shots.flatMap((s) => s.messages), ...messages.slice(at)];
}
