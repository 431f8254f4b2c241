// Credentials in datasets: the one table of rules, detection, and the one redaction step that every
// quotation of dataset text goes through, so that a secret is found however it is written and never
// printed whole. Rules run on decoded text (JSON escapes such as "\u0067hp_" undone); every pattern
// is linear (no nested or adjacent unbounded quantifiers that can backtrack).

export interface SecretRule {
  kind: string;
  /** Literal text every match contains: the cheap test that decides whether the pattern runs. */
  prefixes: readonly string[];
  /** Global, so that every occurrence is found (and redacted). */
  pattern: RegExp;
}

export const SECRET_RULES: readonly SecretRule[] = [
  { kind: "Anthropic API key", prefixes: ["sk-ant-"], pattern: /\bsk-ant-[A-Za-z0-9_-]{32,}/g },
  // Not "sk-ant-": that is the rule above, and a key is reported once, as what it is.
  { kind: "OpenAI API key", prefixes: ["sk-"], pattern: /\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,}/g },
  { kind: "Hugging Face token", prefixes: ["hf_"], pattern: /\bhf_[A-Za-z0-9]{30,}/g },
  { kind: "GitHub token", prefixes: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"], pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{50,})/g },
  { kind: "AWS access key id", prefixes: ["AKIA", "ASIA"], pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  // The header and the base64 body that follows it (one greedy class, then an optional end marker:
  // nothing to backtrack into).
  { kind: "private key", prefixes: ["PRIVATE KEY"], pattern: /-----BEGIN (?:[A-Z0-9]+ )?PRIVATE KEY-----[A-Za-z0-9+/=\s]*(?:-----END (?:[A-Z0-9]+ )?PRIVATE KEY-----)?/g },
];

/**
 * An AWS secret access key has no prefix of its own: 40 characters of base64 alphabet. It is only
 * taken for one when an access key id is in the same example, as scanners such as trufflehog do.
 */
export const AWS_SECRET_KIND = "AWS secret access key";
const AWS_KEY_ID_KIND = "AWS access key id";
const AWS_SECRET_LENGTH = 40;

/** Every rule's literal prefixes, shortest form only ("sk-" covers "sk-ant-"). */
export const SECRET_PREFIXES: readonly string[] = (() => {
  const all = [...new Set(SECRET_RULES.flatMap((r) => r.prefixes))];
  return all.filter((p) => !all.some((q) => q !== p && p.includes(q)));
})();

/** Any of the prefixes, as one pattern: a single pass over the text (every line pays for it). */
const ANY_PREFIX = new RegExp(SECRET_PREFIXES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));

/** False when no rule can match: the text contains none of the rules' prefixes. */
export function mayHoldSecret(text: string): boolean {
  return ANY_PREFIX.test(text);
}

export interface SecretHit {
  kind: string;
  /** The credential itself: kept in memory to redact it, never printed (see redacted()). */
  value: string;
  /** Where it starts in the text it was found in. */
  index: number;
}

/** How a secret is shown: its first characters and its length, never enough to use it. */
export function redacted(value: string): string {
  return value.length <= 8 ? "****" : `${value.slice(0, 6)}…(${value.length} chars)`;
}

/** Hits kept per string: enough for a finding; redaction does not need the list (redactSecrets). */
const MAX_HITS = 100;

/** The credentials the rules find in one string (the first MAX_HITS), in order. */
export function findSecrets(text: string): SecretHit[] {
  if (!mayHoldSecret(text)) return [];
  const hits: SecretHit[] = [];
  for (const rule of SECRET_RULES) {
    if (!rule.prefixes.some((p) => text.includes(p))) continue;
    for (const m of text.matchAll(rule.pattern)) {
      hits.push({ kind: rule.kind, value: m[0], index: m.index });
      if (hits.length >= MAX_HITS) break;
    }
  }
  return hits.sort((a, b) => a.index - b.index).slice(0, MAX_HITS);
}

/** Strings handed over one at a time (so that a line of a million strings is never listed). */
export type StringSource = Iterable<string> | ((visit: (text: string) => void) => void);

/**
 * Every credential in a set of strings that belong together (all the strings and keys of one
 * example), the first hundred: the rules' hits, and bare AWS secret access keys when an access key
 * id is among them.
 */
export function findSecretsIn(strings: StringSource): SecretHit[] {
  const each =
    typeof strings === "function"
      ? strings
      : (visit: (text: string) => void) => {
          for (const s of strings) visit(s);
        };
  const hits: SecretHit[] = [];
  each((s) => {
    if (hits.length < MAX_HITS) hits.push(...findSecrets(s));
  });
  if (hits.some((h) => h.kind === AWS_KEY_ID_KIND)) {
    each((s) => {
      if (hits.length < MAX_HITS) hits.push(...awsSecretKeys(s));
    });
  }
  return hits.slice(0, MAX_HITS);
}

/** 40-character runs of the base64 alphabet with upper case, lower case and a digit or symbol in them. */
function awsSecretKeys(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const inAlphabet = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47;
    if (inAlphabet) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start === AWS_SECRET_LENGTH) {
      const value = text.slice(start, i);
      if (/[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9+/]/.test(value)) hits.push({ kind: AWS_SECRET_KIND, value, index: start });
    }
    start = -1;
  }
  return hits;
}

const DESCRIBED = 5;

/** "GitHub token (ghp_aB…(40 chars)), AWS access key id (AKIAIO…(20 chars))": what a finding says. */
export function describeSecrets(hits: readonly SecretHit[]): string {
  const all = [...new Set(hits.map((h) => `${h.kind} (${redacted(h.value)})`))];
  return all.length > DESCRIBED ? `${all.slice(0, DESCRIBED).join(", ")} and ${all.length - DESCRIBED} more` : all.join(", ");
}

/**
 * The redaction step: every credential the rules find in `text`, and every one of `known` (the
 * secrets found anywhere in the same example, which a rule may not see in a fragment of it),
 * replaced by its redacted form. Text without secrets comes back unchanged.
 */
export function redactSecrets(text: string, known: readonly string[] = []): string {
  let out = text;
  for (const value of known) if (out.includes(value)) out = out.split(value).join(redacted(value));
  if (!mayHoldSecret(out)) return out;
  // A redacted form is too short for any rule, so the rules can run one after the other.
  for (const rule of SECRET_RULES) if (rule.prefixes.some((p) => out.includes(p))) out = out.replace(rule.pattern, redacted);
  return out;
}

// A line that is not valid JSON is still searched as JSON text: its string escapes undone, so that
// "\u0067hp_..." is found, and located back in the raw text to redact an excerpt of it.

const SIMPLE_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", '"': '"', "\\": "\\", "/": "/" };

/** The escape that starts at raw[i] (a backslash): what it stands for, and its length in the raw text. */
function escapeAt(raw: string, i: number): [string, number] {
  const c = raw[i + 1];
  if (c === "u") {
    const hex = raw.slice(i + 2, i + 6);
    return /^[0-9a-fA-F]{4}$/.test(hex) ? [String.fromCharCode(parseInt(hex, 16)), 6] : ["\\", 1];
  }
  const simple = c === undefined ? undefined : SIMPLE_ESCAPES[c];
  return simple === undefined ? ["\\", 1] : [simple, 2];
}

/** The text with JSON string escapes undone, best effort (an escape that is not one stays as it is). */
export function decodeJsonEscapes(raw: string): string {
  let out = "";
  let at = 0;
  for (let i = raw.indexOf("\\"); i !== -1; i = raw.indexOf("\\", at)) {
    const [text, length] = escapeAt(raw, i);
    out += raw.slice(at, i) + text;
    at = i + length;
  }
  return at === 0 ? raw : out + raw.slice(at);
}

/** Maps offsets in decodeJsonEscapes(raw) (ascending) to offsets in raw. */
function rawOffsets(raw: string, decoded: readonly number[]): number[] {
  const out: number[] = [];
  let rawAt = 0;
  let decodedAt = 0;
  let escape = raw.indexOf("\\");
  for (const d of decoded) {
    for (;;) {
      const literalEnd = escape === -1 ? Infinity : decodedAt + (escape - rawAt);
      if (d <= literalEnd) {
        out.push(d === literalEnd ? escape : rawAt + (d - decodedAt));
        break;
      }
      rawAt = escape + escapeAt(raw, escape)[1];
      decodedAt = literalEnd + 1;
      escape = raw.indexOf("\\", rawAt);
    }
  }
  return out;
}

/** Every secret in a line that is not valid JSON (the first hundred), found in its decoded text. */
export function findSecretsInRawLine(raw: string): SecretHit[] {
  const decoded = decodeJsonEscapes(raw);
  return mayHoldSecret(decoded) ? findSecretsIn([decoded]) : [];
}

/** raw.slice(from, to) with every secret that overlaps it (found in the decoded line) replaced by its redacted form. */
export function redactedSlice(raw: string, from: number, to: number): string {
  const decoded = decodeJsonEscapes(raw);
  if (!mayHoldSecret(decoded)) return raw.slice(from, to);
  // Every match, not only the first hundred: the slice may lie anywhere in the line.
  const hits: SecretHit[] = [];
  for (const rule of SECRET_RULES) {
    if (rule.prefixes.some((p) => decoded.includes(p))) for (const m of decoded.matchAll(rule.pattern)) hits.push({ kind: rule.kind, value: m[0], index: m.index });
  }
  if (hits.some((h) => h.kind === AWS_KEY_ID_KIND)) hits.push(...awsSecretKeys(decoded));
  if (hits.length === 0) return raw.slice(from, to);
  hits.sort((a, b) => a.index - b.index);
  const ends = rawOffsets(raw, hits.map((h) => h.index + h.value.length).sort((a, b) => a - b));
  const starts = rawOffsets(raw, hits.map((h) => h.index));
  const endOf = new Map(hits.map((h) => h.index + h.value.length).sort((a, b) => a - b).map((d, i) => [d, ends[i]!]));
  let out = "";
  let at = from;
  hits.forEach((h, i) => {
    const start = starts[i]!;
    const end = endOf.get(h.index + h.value.length)!;
    if (end <= at || start >= to) return;
    out += raw.slice(at, Math.max(at, start)) + redacted(h.value);
    at = end;
  });
  return at < to ? out + raw.slice(at, to) : out;
}
