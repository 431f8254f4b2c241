// Renders GitHub-flavoured markdown the way a person sees it in a pull request: marked turns it into
// HTML (GFM tables, raw <details>, fenced code; ```mermaid blocks become <pre class="mermaid"> as on
// GitHub), mermaid draws the charts, and Debian's Chromium, driven headless by playwright-core,
// lays the page out and takes a screenshot. Nothing touches the network: mermaid is read from
// node_modules and injected, and the browser is the system's /usr/bin/chromium (never downloaded).
//
// The HTML is NOT sanitized the way GitHub sanitizes comments. That is on purpose: if escape.ts let
// a tag or a link through, it shows up here, instead of being hidden by GitHub's filter.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { Marked, type Tokens } from "marked";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.FINETUNE_CI_CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const MERMAID_PATH = createRequire(import.meta.url).resolve("mermaid/dist/mermaid.min.js");

/** Why the browser cannot start here, with the fix; undefined when it can. */
export function chromiumMissing(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  return (
    `The rendering tests need Debian's Chromium at ${CHROMIUM_PATH}, and it is not there. ` +
    "Install it with `sudo apt-get update && sudo apt-get install -y chromium` (Debian; on Ubuntu the package is a snap stub, " +
    "so run the tests in a debian:bookworm container as .github/workflows/ci.yml does), or point FINETUNE_CI_CHROMIUM at a Chromium binary. " +
    "playwright-core never downloads a browser for these tests."
  );
}

/** Debian's Chromium, headless, never a downloaded one; a missing or broken browser fails with the fix. */
export async function launchChromium(): Promise<Browser> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }).catch((error: unknown) => {
    throw new Error(`Chromium at ${CHROMIUM_PATH} did not start: ${error instanceof Error ? error.message : String(error)}`);
  });
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const marked = new Marked({
  gfm: true,
  renderer: {
    code(token: Tokens.Code) {
      // GitHub hands ```mermaid blocks to mermaid; everything else falls through to marked.
      if (token.lang?.trim() === "mermaid") return `<pre class="mermaid">${escapeHtml(token.text)}</pre>\n`;
      return false;
    },
  },
});

/** GitHub-flavoured markdown to HTML (not sanitized; see above). */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

// Close enough to github.com's comment styles for a screenshot to look like a comment.
const STYLE = `
  body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", "Noto Sans", Helvetica, Arial, sans-serif; }
  .comment { box-sizing: border-box; width: 100%; padding: 16px 20px; border: 1px solid #d1d9e0; border-radius: 6px; }
  h1, h2, h3, h4 { margin: 16px 0 8px; line-height: 1.25; font-weight: 600; }
  h3 { font-size: 1.25em; } h4 { font-size: 1em; }
  p, ul, table, pre, details, blockquote { margin: 0 0 12px; }
  table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
  th, td { padding: 6px 13px; border: 1px solid #d1d9e0; }
  th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
  code, pre { font: 12px/1.45 ui-monospace, "DejaVu Sans Mono", monospace; }
  code { padding: .2em .4em; background: #eff1f3; border-radius: 6px; }
  pre { padding: 16px; overflow: auto; background: #f6f8fa; border-radius: 6px; }
  pre code { padding: 0; background: none; }
  pre.mermaid { background: #fff; text-align: center; }
  blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
  summary { cursor: pointer; }
  a { color: #0969da; }
`;

/** The standalone page the browser loads: the rendered markdown inside a comment-like box. */
export function pageFor(markdown: string, width: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE} .comment { max-width: ${width}px; }</style></head><body><div class="comment" id="comment">${markdownToHtml(markdown)}</div></body></html>`;
}

export interface RenderedMarkdown {
  /** The page, still open: query it with playwright (the next render replaces its content). */
  page: Page;
  /** The comment's HTML after mermaid ran (charts replaced by their SVG). */
  html: string;
  /** console.error messages, uncaught page errors, blocked network requests and dialogs, in order. */
  consoleErrors: string[];
  /** Mermaid diagrams that failed to parse or draw, with mermaid's message. */
  mermaidErrors: string[];
  /** Mermaid diagrams found on the page. */
  diagrams: number;
  /** PNG of the comment box, when asked for. */
  png?: Buffer;
}

export interface RenderOptions {
  /** Width of the comment box in CSS pixels (github.com's conversation column is about 780). */
  width?: number;
  /** Also take a PNG of the comment box (at 2x, as on a high-density screen). */
  screenshot?: boolean;
}

/**
 * One browser and one page for many renders: launching Chromium and loading mermaid (3.5 MB) cost
 * far more than a render, so each render only swaps the comment's HTML.
 */
export class MarkdownRenderer {
  private page: Page | undefined;
  private consoleErrors: string[] = [];
  private constructor(private readonly browser: Browser) {}

  static async launch(): Promise<MarkdownRenderer> {
    return new MarkdownRenderer(await launchChromium());
  }

  private async openPage(): Promise<Page> {
    if (this.page) return this.page;
    const page = await this.browser.newPage({ viewport: { width: 1000, height: 600 }, deviceScaleFactor: 2 });
    page.on("console", (message) => {
      if (message.type() === "error") this.consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => this.consoleErrors.push(`uncaught: ${error.message}`));
    // An alert() from injected markup would otherwise block the page.
    page.on("dialog", async (dialog) => {
      this.consoleErrors.push(`dialog opened: ${dialog.type()} ${dialog.message()}`);
      await dialog.dismiss();
    });
    // Any request at all (an <img> from dataset text, a script, a font) would be a leak: refuse and record it.
    await page.route("**/*", async (route) => {
      this.consoleErrors.push(`network request blocked: ${route.request().url()}`);
      await route.abort();
    });
    await page.setContent(pageFor("", 780), { waitUntil: "load" });
    await page.addScriptTag({ path: MERMAID_PATH });
    this.page = page;
    return page;
  }

  async render(markdown: string, options: RenderOptions = {}): Promise<RenderedMarkdown> {
    const page = await this.openPage();
    this.consoleErrors = [];
    const mermaid = await page.evaluate(
      async ({ html, width }) => {
        type Mermaid = { initialize(c: object): void; run(o: object): Promise<void>; parse(text: string): Promise<unknown> };
        const m = (globalThis as unknown as { mermaid: Mermaid }).mermaid;
        m.initialize({ startOnLoad: false, securityLevel: "strict", theme: "default" });
        const box = document.getElementById("comment")!;
        box.style.maxWidth = `${width}px`;
        box.innerHTML = html;
        const nodes = [...box.querySelectorAll<HTMLElement>("pre.mermaid")];
        const errors: string[] = [];
        for (const node of nodes) {
          // Parse first: mermaid.run() draws a "Syntax error" picture rather than failing.
          try {
            await m.parse(node.textContent ?? "");
          } catch (error) {
            errors.push(error instanceof Error ? error.message : String(error));
          }
        }
        try {
          await m.run({ nodes, suppressErrors: false });
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
        }
        for (const node of nodes) if (/Syntax error|Parse error/i.test(node.textContent ?? "")) errors.push(`diagram shows an error: ${node.textContent}`);
        return { diagrams: nodes.length, errors };
      },
      { html: markdownToHtml(markdown), width: options.width ?? 780 },
    );
    // Let image loads and their error handlers (if anything slipped through) happen before we look.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    const box = page.locator("#comment");
    const html = await box.innerHTML();
    const png = options.screenshot ? await box.screenshot({ type: "png" }) : undefined;
    return { page, html, consoleErrors: [...this.consoleErrors], mermaidErrors: mermaid.errors, diagrams: mermaid.diagrams, ...(png ? { png } : {}) };
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
