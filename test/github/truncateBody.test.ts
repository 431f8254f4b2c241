import { describe, expect, it } from "vitest";
import { DEFAULT_TRUNCATION_NOTICE, truncateBody } from "../../src/adapters/github/truncateBody.js";

const NOTICE = "(cut: see the job summary)";
const lines = (n: number, text = "line") => Array.from({ length: n }, (_, i) => `${text} ${i}`).join("\n");

describe("truncateBody", () => {
  it("returns a body that fits unchanged", () => {
    expect(truncateBody("short\nreport", 100, NOTICE)).toBe("short\nreport");
  });

  it("cuts at a line boundary, stays within the limit and ends with the notice", () => {
    const body = lines(100);
    const cut = truncateBody(body, 200, NOTICE);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut.endsWith(`\n\n${NOTICE}`)).toBe(true);
    const kept = cut.slice(0, -`\n\n${NOTICE}`.length);
    expect(body.startsWith(`${kept}\n`)).toBe(true);
  });

  it("uses every character it may: one more line would not fit", () => {
    const body = lines(100);
    const cut = truncateBody(body, 200, NOTICE);
    const keptLines = cut.split("\n\n")[0]!.split("\n").length;
    const withOneMore = `${body.split("\n").slice(0, keptLines + 1).join("\n")}\n\n${NOTICE}`;
    expect(withOneMore.length).toBeGreaterThan(200);
  });

  it("closes a code fence left open by the cut, before the notice", () => {
    const body = `# Findings\n\`\`\`json\n${lines(50, '{"bad": true}')}\n\`\`\`\nafter`;
    const cut = truncateBody(body, 300, NOTICE);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut).toMatch(/\n```\n\n\(cut: see the job summary\)$/);
    expect(cut.match(/^```/gm)).toHaveLength(2);
  });

  it("closes a longer fence with a fence at least as long", () => {
    const body = `\`\`\`\`md\n\`\`\`\ninner\n${lines(50)}\n\`\`\`\`\n`;
    const cut = truncateBody(body, 200, NOTICE);
    expect(cut).toContain("\n````\n\n(cut");
  });

  it("closes every <details> left open, nested ones included", () => {
    const body = `<details><summary>Errors</summary>\n\n<details>\n\n${lines(80)}\n</details>\n</details>`;
    const cut = truncateBody(body, 400, NOTICE);
    expect(cut.length).toBeLessThanOrEqual(400);
    expect(cut.match(/<details\b[^>]*>/g)).toHaveLength(2);
    expect(cut.match(/<\/details>/g)).toHaveLength(2);
    expect(cut.endsWith(`</details>\n</details>\n\n${NOTICE}`)).toBe(true);
  });

  it("does not count a <details> written inside a code block", () => {
    const body = `\`\`\`html\n<details>\n\`\`\`\n${lines(80)}`;
    const cut = truncateBody(body, 200, NOTICE);
    expect(cut).not.toContain("</details>");
  });

  it("still shows the notice when the first line alone is too long", () => {
    const cut = truncateBody("x".repeat(1000), 100, NOTICE);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut).toContain(NOTICE);
  });

  it("defaults to GitHub's 65,536 characters and a notice that points to the job summary", () => {
    const cut = truncateBody(lines(20_000));
    expect(cut.length).toBeLessThanOrEqual(65_536);
    expect(cut.length).toBeGreaterThan(65_536 - 200);
    expect(cut.endsWith(DEFAULT_TRUNCATION_NOTICE)).toBe(true);
    expect(DEFAULT_TRUNCATION_NOTICE).toContain("job summary");
  });
});
