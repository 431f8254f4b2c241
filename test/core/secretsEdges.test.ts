// The secret rules at their edges: how short a value is shown as ****, how many kinds a finding
// names, the hundred-hit cap and the order of hits, the bare AWS secret key's alphabet and length,
// the redaction of values known from elsewhere in the example, and JSON escapes undone checked
// against JSON.parse itself (the independent decoder) on seeded random strings.
import { describe, expect, it } from "vitest";
import { decodeJsonEscapes, describeSecrets, findSecrets, findSecretsIn, findSecretsInRawLine, redacted, redactedSlice, redactSecrets } from "../../src/core/dataset/secrets.js";
import { AWS_KEY_ID, AWS_SECRET, GITHUB, HUGGING_FACE, OPENAI } from "../support/fakeSecrets.js";
import { seededRandom } from "../support/seededRandom.js";

const github = (i: number) => `ghp_${String(i).padStart(4, "0")}${"aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV".slice(0, 32)}`;

describe("redacted", () => {
  it("shows nothing of a value of 8 characters or fewer, and 6 characters and the length of a longer one", () => {
    expect(redacted("12345678")).toBe("****");
    expect(redacted("")).toBe("****");
    expect(redacted("123456789")).toBe("123456…(9 chars)");
  });
});

describe("describeSecrets", () => {
  const hit = (value: string, kind = "GitHub token") => ({ kind, value, index: 0 });

  // Distinct in what is shown (the first six characters): "ghp_01", "ghp_02", ...
  const shownApart = (i: number) => hit(`ghp_${String(i).padStart(2, "0")}${"x".repeat(34)}`);

  it("names each credential once by what is shown of it, up to five, then how many more", () => {
    const five = [1, 2, 3, 4, 5].map(shownApart);
    expect(describeSecrets([...five, five[0]!])).toBe(five.map((h) => `GitHub token (${redacted(h.value)})`).join(", "));
    const seven = [1, 2, 3, 4, 5, 6, 7].map(shownApart);
    expect(describeSecrets(seven)).toBe(`${seven.slice(0, 5).map((h) => `GitHub token (${redacted(h.value)})`).join(", ")} and 2 more`);
    expect(describeSecrets([])).toBe("");
    // Two tokens that show the same are one entry: the finding names no more than it can show apart.
    expect(describeSecrets([hit(github(1)), hit(github(2))])).toBe(`GitHub token (${redacted(github(1))})`);
  });
});

describe("hits: order and the hundred-hit cap", () => {
  it("are in the order they appear in the text, whatever the order of the rules", () => {
    const text = `first ${GITHUB} then ${OPENAI} then ${HUGGING_FACE}`;
    expect(findSecrets(text).map((h) => [h.kind, h.index])).toEqual([
      ["GitHub token", 6],
      ["OpenAI API key", 6 + GITHUB.length + 6],
      ["Hugging Face token", 6 + GITHUB.length + 6 + OPENAI.length + 6],
    ]);
  });

  it("stop at the first hundred in a string, in text order", () => {
    const tokens = Array.from({ length: 150 }, (_, i) => github(i));
    const hits = findSecrets(`${OPENAI} ${tokens.join(" ")}`);
    expect(hits).toHaveLength(100);
    expect(hits[0]!.kind).toBe("OpenAI API key");
    expect(hits.slice(1).map((h) => h.value)).toEqual(tokens.slice(0, 99));
  });

  it("stop at the first hundred across the strings of an example", () => {
    const a = Array.from({ length: 60 }, (_, i) => github(i));
    const b = Array.from({ length: 60 }, (_, i) => github(100 + i));
    expect(findSecretsIn([a.join(" "), b.join(" ")]).map((h) => h.value)).toEqual([...a, ...b.slice(0, 40)]);
    expect(findSecretsIn((visit) => [a.join(" "), b.join(" ")].forEach(visit))).toHaveLength(100);
  });

  it("a line that is not JSON is searched whole, its escapes undone", () => {
    expect(findSecretsInRawLine(`{"k": "\\u0067hp_${GITHUB.slice(4)}"`).map((h) => h.value)).toEqual([GITHUB]);
    expect(findSecretsInRawLine('{"k": "nothing here"')).toEqual([]);
  });
});

describe("bare AWS secret access keys", () => {
  const find = (secret: string) => findSecretsIn([AWS_KEY_ID, `key=${secret};`]).filter((h) => h.kind === "AWS secret access key").map((h) => h.value);

  it("are exactly 40 characters of the base64 alphabet", () => {
    expect(find(AWS_SECRET)).toEqual([AWS_SECRET]);
    expect(find(`${AWS_SECRET}A`)).toEqual([]);
    expect(find(AWS_SECRET.slice(1))).toEqual([]);
    // Every edge of the alphabet: 0 9 A Z a z + / (the rest of the 40 filled to keep the mix).
    const edges = "09AZaz+/";
    const secret = `${edges}${AWS_SECRET.slice(edges.length)}`;
    expect(find(secret)).toEqual([secret]);
  });

  it.each(["=", "-", "_", ".", ":", "@", "[", "`", "{"])("%s ends a run: 20 + it + 20 is not one key", (sep) => {
    expect(find(`${AWS_SECRET.slice(0, 20)}${sep}${AWS_SECRET.slice(20)}`)).toEqual([]);
  });

  it.each(["=", "-", "_", ".", ":", "@", "[", "`", "{", "é", " "])("%j on both sides ends the run: the 40 characters between are one key", (sep) => {
    expect(find(`${sep}${AWS_SECRET}${sep}`)).toEqual([AWS_SECRET]);
  });

  it("are not looked for beside other credentials, only beside an access key id", () => {
    expect(findSecretsIn([GITHUB, `secret ${AWS_SECRET}`]).map((h) => h.kind)).toEqual(["GitHub token"]);
    const line = `{"token": "${GITHUB}", "secret": "${AWS_SECRET}"`;
    expect(redactedSlice(line, 0, line.length)).toBe(`{"token": "${redacted(GITHUB)}", "secret": "${AWS_SECRET}"`);
    // Beside an access key id and another credential, it is found and redacted.
    const all = `{"id": "${AWS_KEY_ID}", "token": "${GITHUB}", "secret": "${AWS_SECRET}"`;
    expect(redactedSlice(all, 0, all.length)).toBe(`{"id": "${redacted(AWS_KEY_ID)}", "token": "${redacted(GITHUB)}", "secret": "${redacted(AWS_SECRET)}"`);
  });

  it("a hundred hits across rules: the first hundred in text order, whichever rule found them", () => {
    // The GitHub rule stops at the cap; the AWS rule after it still adds one, and the cut keeps 100.
    const tokens = Array.from({ length: 150 }, (_, i) => github(i));
    const hits = findSecrets(`${AWS_KEY_ID} ${tokens.join(" ")}`);
    expect(hits).toHaveLength(100);
    expect(hits.map((h) => h.value)).toEqual([AWS_KEY_ID, ...tokens.slice(0, 99)]);
  });

  it("need upper case, lower case, and a digit or + or /", () => {
    expect(find("A".repeat(20) + "b".repeat(20))).toEqual([]);
    expect(find("A".repeat(20) + "1".repeat(20))).toEqual([]);
    expect(find("b".repeat(20) + "1".repeat(20))).toEqual([]);
    expect(find(`${"A".repeat(20)}${"b".repeat(19)}/`)).toEqual([`${"A".repeat(20)}${"b".repeat(19)}/`]);
    expect(find(`${"A".repeat(20)}${"b".repeat(19)}+`)).toEqual([`${"A".repeat(20)}${"b".repeat(19)}+`]);
  });

  it("are found at the start and at the end of a string", () => {
    expect(findSecretsIn([AWS_KEY_ID, AWS_SECRET]).map((h) => [h.kind, h.index])).toEqual([["AWS access key id", 0], ["AWS secret access key", 0]]);
  });
});

describe("redactSecrets", () => {
  it("redacts values known from elsewhere in the example, even where no rule would see them", () => {
    const fragment = GITHUB.slice(4); // no prefix: no rule matches it
    expect(findSecrets(fragment)).toEqual([]);
    expect(redactSecrets(`tail: ${fragment}, again ${fragment}`, [fragment])).toBe(`tail: ${redacted(fragment)}, again ${redacted(fragment)}`);
  });

  it("leaves text without secrets as it is, known values absent or not", () => {
    expect(redactSecrets("plain text", [GITHUB])).toBe("plain text");
    expect(redactSecrets("plain text")).toBe("plain text");
  });

  it("redacts every occurrence of every kind", () => {
    expect(redactSecrets(`${GITHUB} ${OPENAI} ${GITHUB}`)).toBe(`${redacted(GITHUB)} ${redacted(OPENAI)} ${redacted(GITHUB)}`);
  });
});

describe("decodeJsonEscapes against JSON.parse", () => {
  it("decodes 3,000 random valid JSON string bodies exactly as JSON.parse does", () => {
    const random = seededRandom(8259);
    const pieces = ["a", "Z", " ", "é", "😀", '\\"', "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\u0067", "\\u00E9", "\\uD83D\\uDE00", "\\u005C", "\\u005c\\u006e", "ghp_"];
    for (let n = 0; n < 3000; n++) {
      const body = Array.from({ length: Math.floor(random() * 10) }, () => pieces[Math.floor(random() * pieces.length)]).join("");
      expect(decodeJsonEscapes(body), body).toBe(JSON.parse(`"${body}"`));
    }
  });

  it("leaves what is not an escape as it is", () => {
    expect(decodeJsonEscapes("no escapes")).toBe("no escapes");
    expect(decodeJsonEscapes("bad \\q and \\u12G4 and \\u12 and a trailing \\")).toBe("bad \\q and \\u12G4 and \\u12 and a trailing \\");
    expect(decodeJsonEscapes("\\u0041\\q\\n")).toBe("A\\q\n");
  });
});

describe("redactedSlice", () => {
  const raw = `{"a": "x ${GITHUB} y", "b": "\\u0067hp_${GITHUB.slice(4)}", "c": "${HUGGING_FACE}"}`;

  it("a slice that touches no secret is the raw text", () => {
    expect(redactedSlice(raw, 0, 9)).toBe(raw.slice(0, 9));
    const afterFirst = raw.indexOf(" y");
    expect(redactedSlice(raw, afterFirst, afterFirst + 8)).toBe(raw.slice(afterFirst, afterFirst + 8));
    expect(redactedSlice('{"a": "clean"}', 2, 8)).toBe('{"a": "clean"}'.slice(2, 8));
  });

  it("the whole line: every secret redacted, escaped or not, and the text between them kept", () => {
    expect(redactedSlice(raw, 0, raw.length)).toBe(`{"a": "x ${redacted(GITHUB)} y", "b": "${redacted(GITHUB)}", "c": "${redacted(HUGGING_FACE)}"}`);
  });

  it("a slice that ends inside a secret shows its redacted form, and nothing after it", () => {
    const start = raw.indexOf(GITHUB);
    expect(redactedSlice(raw, 0, start + 5)).toBe(`{"a": "x ${redacted(GITHUB)}`);
  });

  it("a slice that starts inside a secret starts with its redacted form", () => {
    const start = raw.indexOf(GITHUB);
    expect(redactedSlice(raw, start + 5, start + GITHUB.length + 3)).toBe(`${redacted(GITHUB)} y"`);
  });

  it("a slice that ends exactly where a secret starts does not show it", () => {
    const start = raw.indexOf(GITHUB);
    expect(redactedSlice(raw, 0, start)).toBe(raw.slice(0, start));
    expect(redactedSlice(raw, start + GITHUB.length, start + GITHUB.length + 4)).toBe(raw.slice(start + GITHUB.length, start + GITHUB.length + 4));
  });

  it("finds the bare AWS secret key beside its key id in a raw line", () => {
    const line = `{"id": "${AWS_KEY_ID}", "secret": "${AWS_SECRET}"`;
    expect(redactedSlice(line, 0, line.length)).toBe(`{"id": "${redacted(AWS_KEY_ID)}", "secret": "${redacted(AWS_SECRET)}"`);
  });

  it("never lets a secret through, whatever the slice, on 2,000 random windows", () => {
    const random = seededRandom(1337);
    for (let n = 0; n < 2000; n++) {
      const from = Math.floor(random() * raw.length);
      const to = from + Math.floor(random() * (raw.length - from + 1));
      const out = redactedSlice(raw, from, to);
      for (const s of [GITHUB, GITHUB.slice(4), HUGGING_FACE]) expect(out.includes(s), `${from}-${to}: ${out}`).toBe(false);
    }
  });
});
