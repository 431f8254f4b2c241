// What every rendering test of a comment asserts once the markdown is on the page: the dataset text
// in it did nothing. Shared by the review's comment (test/render/comment.test.ts) and the
// evaluation's (test/render/evalComment.test.ts).
import { expect } from "vitest";
import type { RenderedMarkdown } from "./renderMarkdown.js";

/** Nothing on the page did anything: no images, no script links, no mentions, no extra <details>. */
export async function expectInert(rendered: RenderedMarkdown, detailsBlocks: number): Promise<void> {
  const page = rendered.page;
  expect(rendered.consoleErrors, "no requests, errors or dialogs").toEqual([]);
  expect(await page.locator("#comment img").count(), "no <img>").toBe(0);
  const hrefs = await page.locator("#comment a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.filter((h) => !/^https:\/\//.test(h)), "no link other than https").toEqual([]);
  expect(await page.locator("#comment [onerror], #comment [onload], #comment script, #comment iframe").count(), "no live markup").toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned), "no script of the data ran").toBeUndefined();
  expect(await page.locator("#comment details").count(), "no <details> opened or closed by the data").toBe(detailsBlocks);
  // GitHub links "@name" to a user and notifies them (outside code); a zero-width joiner after "@" prevents that.
  const prose = await page.locator("#comment").evaluate((box) => {
    const copy = box.cloneNode(true) as HTMLElement;
    for (const code of copy.querySelectorAll("pre, code")) code.remove();
    return copy.textContent ?? "";
  });
  expect(prose, "no @mention outside code").not.toMatch(/@octocat/);
}
