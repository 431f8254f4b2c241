// Makes text from datasets inert before it enters markdown or a terminal, with any credential in it
// redacted (file names included: findings arrive redacted already). In markdown: nothing that pings
// (@mentions, #references), no HTML, no images or links that load, and no way to close a <details>
// block or a code fence early. Text stays readable: characters are escaped or swapped for
// look-alikes, never dropped.

import { redactSecrets } from "../core/dataset/secrets.js";

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&]/g;
const ENTITY: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };

/** For text inside a table cell or a paragraph. */
export function inlineText(text: string, maxChars = 300): string {
  let t = redactSecrets(text);
  t = t.length > maxChars ? `${t.slice(0, maxChars)}…` : t;
  t = visibleControls(t.replace(/\r?\n|\r/g, " ⏎ "));
  t = t.replace(MARKDOWN_SPECIAL, (c) => ENTITY[c] ?? `\\${c}`);
  // "@user" and "org/repo#1" would notify or link: a zero-width joiner breaks the token, not the look.
  t = t.replace(/@/g, "@\u200d").replace(/#/g, "#\u200d");
  // Bare URLs autolink; break the scheme so they stay text. ("www." arrives here as "www\.")
  t = t.replace(/\b(https?|ftp|www)(:|\\\.|\.)/gi, "$1\u200d$2");
  return t;
}

/**
 * A repository path as a URL path: each segment percent-encoded, including the characters that
 * would end a markdown link destination or be read as markup.
 */
export function urlPath(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join("/");
}

/** A link whose text comes from a dataset or a pull request, to a URL this program built. */
export function linkTo(text: string, url: string): string {
  return `[${inlineText(text, 200)}](${url})`;
}

/**
 * For text shown verbatim in a fenced block: picks a fence longer than any backtick run inside.
 * Its lines stay lines; credentials and control characters within them are shown as elsewhere.
 */
export function codeBlock(text: string, language = ""): string {
  const shown = text
    .split("\n")
    .map((line) => visibleControls(redactSecrets(line)))
    .join("\n");
  const longest = Math.max(2, ...[...shown.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}\n${shown.replace(/<\/details>/gi, "</det\u200dails>")}\n${fence}`;
}

/**
 * For text a page shows as text, on its own lines (the HTML report sets it with textContent, so
 * markup in it is never parsed): credentials redacted, and the control characters that would move
 * or reorder what a reader sees shown as escapes. Line breaks stay line breaks.
 */
export function verbatimText(text: string): string {
  return redactSecrets(text)
    .split(/\r\n|\r|\n/)
    .map(visibleControls)
    .join("\n");
}

// The terminal (and a CI log, which a GitHub runner reads for workflow commands): dataset text must
// not start a line, move the cursor, ring the bell or issue a command. The runner executes a line
// that starts, after spaces, with "::" (::error, ::add-mask::), and one that holds "##[" anywhere
// (the legacy form, ##[add-mask]); a newline inside a key or a file name would start such a line.

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * One line of terminal output made inert: control characters (and the invisible ones that reorder
 * text) shown as escapes such as \n and \u001b, a leading "::" and any "##[" broken with a visible
 * backslash, and credentials redacted. Readable text is left as it is.
 */
export function terminalLine(text: string): string {
  const t = visibleControls(redactSecrets(text)).replace(/##\[/g, "##\\[");
  return t.replace(/^(\s*):(?=:)/, "$1\\:");
}

/** Control characters (and the invisible ones that reorder text) as escapes: \n, \u001b. */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A value as JSON for a terminal or a CI log: the same data, with what JSON.stringify leaves raw
 * (DEL, C1 controls, line separators, bidi controls) and "##[" written as \u escapes.
 */
export function terminalJson(value: unknown): string {
  // JSON.stringify escapes C0 controls inside strings already; its own newlines lay out the lines.
  return JSON.stringify(value, null, 2)
    .replace(/[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/##\[/g, "#\\u0023[");
}
