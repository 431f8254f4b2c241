// Text scanners for what must not reach a training job: personal data, and special-token text that
// makes a fine-tuning job fail (credentials: secrets.ts). Each scanner starts with a cheap substring
// test so that clean text, the common case, costs almost nothing, and none can backtrack: a line of
// many megabytes costs time in proportion to its length.

export interface TextHit {
  kind: string;
  /** A redacted sample, safe to print: it never reveals a secret. */
  sample: string;
}

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
    const email = findEmail(text);
    if (email) hits.push({ kind: "email address", sample: email.replace(/^[^@]{2}[^@]*/, (s) => `${s.slice(0, 2)}***`) });
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

// An address is local@domain.tld. The pattern /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/ says
// it, but backtracks: 200 KB of digits and then " @" took 43 s. So each "@" is examined once,
// looking outwards no further than an address can reach (RFC 5321: 64 characters before the "@",
// 255 after).
const LOCAL_MAX = 64;
const DOMAIN_MAX = 255;

function isLocalChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

function isDomainChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The first e-mail address in the text, or undefined. */
export function findEmail(text: string): string | undefined {
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && at - start < LOCAL_MAX && isLocalChar(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    let end = at + 1;
    while (end < text.length && end - at - 1 < DOMAIN_MAX && isDomainChar(text.charCodeAt(end))) end++;
    // The domain ends with "." and two or more letters: the last such dot, as the pattern's greedy match would take.
    for (let dot = end - 3; dot > at + 1; dot--) {
      if (text.charCodeAt(dot) !== 46) continue;
      let letters = dot + 1;
      while (letters < end && isLetter(text.charCodeAt(letters))) letters++;
      if (letters - dot - 1 >= 2) return text.slice(start, letters);
    }
  }
  return undefined;
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
