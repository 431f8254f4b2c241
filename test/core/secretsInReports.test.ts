// A credential anywhere in an example (a key, a role, an id, a label, a tool, a line that is not
// JSON) is found and named, and never printed whole in any output format. All credentials below are
// made up in the shapes of real ones.
import { describe, expect, it } from "vitest";
import { annotationCommands } from "../../src/adapters/github/annotations.js";
import { renderText } from "../../src/review/report/text.js";
import { COMMENT_OPTIONS, MARKDOWN_OPTIONS, renderReviewMarkdown, SUMMARY_OPTIONS } from "../../src/review/report/markdown.js";
import type { ReviewReport } from "../../src/review/report/model.js";
import { chat, distinctExamples, findingsOf, jsonl, review } from "../support/review.js";
import { SECRET_RULES } from "../../src/core/dataset/secrets.js";
import { AWS_KEY_ID, AWS_SECRET, ANTHROPIC, GITHUB, HUGGING_FACE, OPENAI, PRIVATE_KEY } from "../support/fakeSecrets.js";

/** Every way a report leaves the program. */
function everyRendering(report: ReviewReport): Record<string, string> {
  return {
    json: JSON.stringify(report, null, 2),
    text: renderText(report, { perCode: 100 }),
    markdown: renderReviewMarkdown(report, { ...MARKDOWN_OPTIONS, perCode: 100 }),
    comment: renderReviewMarkdown(report, COMMENT_OPTIONS),
    summary: renderReviewMarkdown(report, SUMMARY_OPTIONS),
    annotations: annotationCommands(report.findings, { perLevelLimit: 100 }).join("\n"),
  };
}

/** The secret's distinctive middle: what must not show in any format (markdown escapes its "_"). */
function middle(secret: string): string {
  return secret.slice(8, 30);
}

function expectNowhere(report: ReviewReport, ...secrets: string[]): void {
  for (const [format, output] of Object.entries(everyRendering(report))) {
    for (const secret of secrets) expect(output, `${format} shows ${secret.slice(0, 8)}...`).not.toContain(middle(secret));
  }
}

describe("a secret anywhere in an example is found and never printed whole", () => {
  const base = distinctExamples(12);

  it("every rule of the table applies everywhere: each kind, \\u-escaped, as a key, is found and redacted", async () => {
    const samples: Record<string, string> = {
      "Anthropic API key": ANTHROPIC,
      "OpenAI API key": OPENAI,
      "Hugging Face token": HUGGING_FACE,
      "GitHub token": GITHUB,
      "AWS access key id": AWS_KEY_ID,
      "private key": PRIVATE_KEY,
    };
    // A rule added to the table without a sample here fails this line.
    expect(Object.keys(samples).sort()).toEqual(SECRET_RULES.map((r) => r.kind).sort());
    for (const [kind, secret] of Object.entries(samples)) {
      const escapedFirst = `\\u${secret.charCodeAt(0).toString(16).padStart(4, "0")}${JSON.stringify(secret).slice(2, -1)}`;
      const line = JSON.stringify({ ...JSON.parse(base[0]!), KEY: 1 }).replace('"KEY"', `"${escapedFirst}"`);
      const report = await review({ train: { "t.jsonl": jsonl([line, ...base.slice(1)]) } });
      expect(findingsOf(report, "secret").map((f) => f.message), kind).toEqual([`contains what looks like a credential: ${kind} (${secret.slice(0, 6)}…(${secret.length} chars))`]);
      expectNowhere(report, secret);
    }
  });

  it("as a JSON key: the unrecognized-key finding quotes it redacted", async () => {
    const line = JSON.stringify({ ...JSON.parse(base[0]!), [GITHUB]: 1 });
    const report = await review({ train: { "t.jsonl": jsonl([line, ...base.slice(1)]) } });
    expect(findingsOf(report, "unrecognized-key").map((f) => f.message)).toEqual(['unrecognized key "ghp_aB…(40 chars)" in the example']);
    expect(findingsOf(report, "secret").map((f) => f.message)).toEqual(["contains what looks like a credential: GitHub token (ghp_aB…(40 chars))"]);
    expectNowhere(report, GITHUB);
  });

  it("as a role value", async () => {
    const line = JSON.stringify({ messages: [{ role: OPENAI, content: "hi" }, { role: "user", content: "q" }, { role: "assistant", content: "a" }] });
    const report = await review({ train: { "t.jsonl": jsonl([line, ...base.slice(1)]) } });
    expect(findingsOf(report, "unrecognized-role")[0]!.message).toBe('messages[0].role "sk-pro…(72 chars)" is not one of system, developer, user, assistant, tool, function');
    expect(findingsOf(report, "secret")[0]!.message).toBe("contains what looks like a credential: OpenAI API key (sk-pro…(72 chars))");
    expectNowhere(report, OPENAI);
  });

  it("as a tool_call_id and as a reused tool-call id", async () => {
    const call = { id: GITHUB, type: "function", function: { name: "lookup", arguments: "{}" } };
    const line = JSON.stringify({
      messages: [
        { role: "user", content: "q" },
        { role: "assistant", tool_calls: [call, call] },
        { role: "tool", tool_call_id: HUGGING_FACE, content: "r" },
        { role: "assistant", content: "a" },
      ],
    });
    const report = await review({ train: { "t.jsonl": jsonl([line, ...base.slice(1)]) } });
    expect(findingsOf(report, "invalid-tool-call").map((f) => f.message).sort()).toEqual([
      'messages[1].tool_calls[1] reuses the id "ghp_aB…(40 chars)"',
      'messages[2] answers tool_call_id "hf_AbC…(37 chars)", which no earlier assistant message called',
    ]);
    expectNowhere(report, GITHUB, HUGGING_FACE);
  });

  it("as a class label: the imbalance finding and the label statistics show it redacted", async () => {
    const lines = Array.from({ length: 30 }, (_, i) => chat(`Is message ${i} spam?`, "no"));
    lines.push(chat("Is this one spam?", GITHUB));
    const report = await review({ train: { "t.jsonl": jsonl(lines) } });
    expect(findingsOf(report, "class-imbalance")[0]!.message).toBe('label "ghp_aB…(40 chars)" has 1 example(s), "no" has 30 (30.0x)');
    expect(report.stats.labels!.map((l) => l.label).sort()).toEqual(["ghp_aB…(40 chars)", "no"]);
    expectNowhere(report, GITHUB);
  });

  it("in the system prompt that the report quotes as the most common one", async () => {
    const lines = distinctExamples(12).map((l) => l.replace("You are a customer support agent", `Use ${ANTHROPIC} as the agent`));
    const report = await review({ train: { "t.jsonl": jsonl(lines) } });
    expect(report.stats.systemPrompts.dominantSample).toContain("sk-ant…(61 chars)");
    expectNowhere(report, ANTHROPIC);
  });

  it("written with \\u escapes", async () => {
    const escaped = `\\u0067\\u0068p_${GITHUB.slice(4)}`;
    const line = base[0]!.replace("For case", `Token ${escaped} for case`);
    const report = await review({ train: { "t.jsonl": jsonl([line, ...base.slice(1)]) } });
    expect(findingsOf(report, "secret").map((f) => [f.line, f.message])).toEqual([[1, "contains what looks like a credential: GitHub token (ghp_aB…(40 chars))"]]);
  });

  it("in tools[].function.description and parameters, outside any message", async () => {
    const tools = [{ type: "function", function: { name: "deploy", description: `Deploys with ${GITHUB}`, parameters: { type: "object", properties: { [AWS_KEY_ID]: { type: "string" } } } } }];
    const line = JSON.stringify({ ...JSON.parse(base[0]!), tools });
    const report = await review({ train: { "t.jsonl": jsonl([line, ...base.slice(1)]) } });
    expect(findingsOf(report, "secret").map((f) => f.message)).toEqual(["contains what looks like a credential: GitHub token (ghp_aB…(40 chars)), AWS access key id (AKIAIO…(20 chars))"]);
  });

  it("a bare AWS secret access key next to its key id, redacted wherever the line is quoted", async () => {
    const line = JSON.stringify({ ...JSON.parse(base[0]!.replace("For case", `Use ${AWS_KEY_ID} for case`)), [AWS_SECRET]: true });
    const report = await review({ train: { "t.jsonl": jsonl([line, ...base.slice(1)]) } });
    expect(findingsOf(report, "secret")[0]!.message).toBe("contains what looks like a credential: AWS access key id (AKIAIO…(20 chars)), AWS secret access key (wJalrX…(40 chars))");
    expect(findingsOf(report, "unrecognized-key")[0]!.message).toBe('unrecognized key "wJalrX…(40 chars)" in the example');
    expectNowhere(report, AWS_SECRET, AWS_KEY_ID);
  });

  it("in a line that is not JSON: found in its decoded text, and the excerpt of the error redacted", async () => {
    const broken = `{"messages": [{"role": "user", "content": "my key is ${AWS_KEY_ID}"}`;
    const escaped = `{"messages": "\\u0067hp_${GITHUB.slice(4)}`;
    const report = await review({ train: { "t.jsonl": jsonl([broken, escaped, ...base.slice(2)]) } });
    // Both errors are at the end of the line, whose last 20 characters are most of the credential.
    expect(findingsOf(report, "invalid-json").map((f) => f.message)).toEqual([
      `invalid JSON at column ${broken.length + 1}: Expected ',' or ']' after array element (near "AKIAIO…(20 chars)"}")`,
      `invalid JSON at column ${escaped.length + 1}: Unterminated string (near "ghp_aB…(40 chars)")`,
    ]);
    expect(findingsOf(report, "secret").map((f) => [f.line, f.message])).toEqual([
      [1, "contains what looks like a credential: AWS access key id (AKIAIO…(20 chars))"],
      [2, "contains what looks like a credential: GitHub token (ghp_aB…(40 chars))"],
    ]);
    expect(report.summary.invalidLines).toBe(2);
    expectNowhere(report, AWS_KEY_ID, GITHUB);
  });

  it("in a line that is JSON but not an object", async () => {
    const report = await review({ train: { "t.jsonl": jsonl([JSON.stringify([GITHUB]), ...base.slice(1)]) } });
    expect(findingsOf(report, "secret").map((f) => f.line)).toEqual([1]);
    expect(findingsOf(report, "not-an-object").map((f) => f.line)).toEqual([1]);
  });
});
