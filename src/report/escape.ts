// Makes text from datasets inert before it enters markdown: nothing that pings (@mentions,
// #references), no HTML, no images or links that load, and no way to close a <details> block or a
// code fence early. Text stays readable: characters are escaped or swapped for look-alikes, never
// dropped.

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&]/g;
const ENTITY: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };

/** For text inside a table cell or a paragraph. */
export function inlineText(text: string, maxChars = 300): string {
  let t = text.length > maxChars ? `${text.slice(0, maxChars)}…` : text;
  t = t.replace(/\r?\n|\r/g, " ⏎ ");
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

/** For text shown verbatim in a fenced block: picks a fence longer than any backtick run inside. */
export function codeBlock(text: string, language = ""): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}\n${text.replace(/<\/details>/gi, "</det\u200dails>")}\n${fence}`;
}
