// Text scanners for what must not reach a training job: credentials (never uploaded), personal data,
// and special-token text that makes a fine-tuning job fail. Each scanner starts with a cheap
// substring test so that clean text, the common case, costs almost nothing.

export interface TextHit {
  kind: string;
  /** A redacted sample, safe to print: it never reveals a secret. */
  sample: string;
}

interface SecretRule {
  kind: string;
  prefilter: string[];
  pattern: RegExp;
}

const SECRET_RULES: SecretRule[] = [
  { kind: "OpenAI API key", prefilter: ["sk-"], pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,}/ },
  { kind: "Anthropic API key", prefilter: ["sk-ant-"], pattern: /\bsk-ant-[A-Za-z0-9_-]{32,}/ },
  { kind: "Hugging Face token", prefilter: ["hf_"], pattern: /\bhf_[A-Za-z0-9]{30,}/ },
  { kind: "GitHub token", prefilter: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"], pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{50,})/ },
  { kind: "AWS access key id", prefilter: ["AKIA", "ASIA"], pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: "private key", prefilter: ["PRIVATE KEY"], pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
];

function redact(value: string): string {
  return value.length <= 8 ? "****" : `${value.slice(0, 6)}…(${value.length} chars)`;
}

export function findSecrets(text: string): TextHit[] {
  const hits: TextHit[] = [];
  for (const rule of SECRET_RULES) {
    if (!rule.prefilter.some((p) => text.includes(p))) continue;
    const m = rule.pattern.exec(text);
    if (m) hits.push({ kind: rule.kind, sample: redact(m[0]) });
  }
  // sk-ant- keys also match the OpenAI rule's shape; report them once, as what they are.
  if (hits.some((h) => h.kind === "Anthropic API key")) return hits.filter((h) => h.kind !== "OpenAI API key");
  return hits;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
// International or North-American shapes with separators; bare digit runs are too often ids.
const PHONE = /(?:\+\d{1,3}[ .-]?\(?\d{2,4}\)?[ .-]?\d{3,4}(?:[ .-]?\d{2,4})?|\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4})\b/;
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function findPii(text: string): TextHit[] {
  const hits: TextHit[] = [];
  if (text.includes("@")) {
    const m = EMAIL.exec(text);
    if (m) hits.push({ kind: "email address", sample: m[0].replace(/^[^@]{2}[^@]*/, (s) => `${s.slice(0, 2)}***`) });
  }
  if (hasAtLeastDigits(text, 7)) {
    const phone = PHONE.exec(text);
    if (phone) hits.push({ kind: "phone number", sample: `${phone[0].slice(0, 4)}…` });
    CARD.lastIndex = 0;
    for (let m = CARD.exec(text); m; m = CARD.exec(text)) {
      const digits = m[0].replace(/[ -]/g, "");
      if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) {
        hits.push({ kind: "payment card number", sample: `****${digits.slice(-4)}` });
        break;
      }
    }
  }
  return hits;
}

/** True when the text holds at least `n` digits in total: a cheap gate before the number patterns. */
function hasAtLeastDigits(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++count >= n) return true;
  }
  return false;
}

// OpenAI's own special tokens and the common open-model ones (the self-hosted path trains those).
const SPECIAL_TOKEN = /<\|(?:endoftext|endofprompt|im_start|im_end|im_sep|fim_prefix|fim_middle|fim_suffix|begin_of_text|end_of_text|start_header_id|end_header_id|eot_id|eom_id|python_tag|start|end|message|channel|return|call|constrain)\|>/;

export function findSpecialToken(text: string): string | undefined {
  if (!text.includes("<|")) return undefined;
  return SPECIAL_TOKEN.exec(text)?.[0];
}
