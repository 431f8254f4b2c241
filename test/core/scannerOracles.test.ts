// The personal-data scanners against outside oracles:
// - findEmail against the pattern its header states, /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/
//   (run here by the regex engine, on short texts where it cannot backtrack for long), over 4,000
//   seeded random texts built from the characters at the edges of each class (/ : @ A Z [ ` a z {);
//   and by hand at RFC 5321's limits (64 characters before the "@", 255 after), where the scanner
//   stops looking;
// - card numbers: the published test numbers of the card networks (Visa 4111 1111 1111 1111 and
//   4222 2222 2222 2, Mastercard 5555 5555 5555 4444, Amex 3782 822463 10005, Diners 3056 930902 5904,
//   Discover 6011 1111 1111 1117, JCB 3530 1113 3330 0000), and a Luhn check digit computed here by
//   the table method (the doubled digit's digit sum read from 0 2 4 6 8 1 3 5 7 9);
// - the seven-digit gate in front of the number patterns, and the redacted samples, by hand.
import { describe, expect, it } from "vitest";
import { findEmail, findPii, findSpecialToken } from "../../src/core/dataset/scanners.js";
import { seededRandom } from "../support/seededRandom.js";

const STATED = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

describe("findEmail", () => {
  it("finds what the stated pattern finds in 4,000 random texts", () => {
    const random = seededRandom(5321);
    const pieces = ["ab", "Z", "A", "z", "0", "9", ".", "-", "_", "%", "+", "@", " ", "/", ":", "[", "`", "{", ".io", ".c", "x", "é"];
    const pick = (n: number) => Array.from({ length: n }, () => pieces[Math.floor(random() * pieces.length)]).join("");
    const tails = [".io", ".c", ".Io9", ".de.x", "", ".ORG"];
    let found = 0;
    for (let i = 0; i < 4000; i++) {
      // Half the texts are noise around something shaped like an address, the rest noise only.
      const text = random() < 0.5
        ? pick(Math.floor(random() * 5)) + pick(1 + Math.floor(random() * 3)) + "@" + pick(1 + Math.floor(random() * 3)) + tails[Math.floor(random() * tails.length)] + pick(Math.floor(random() * 4))
        : pick(1 + Math.floor(random() * 14));
      const expected = STATED.exec(text)?.[0];
      if (expected) found++;
      expect(findEmail(text), JSON.stringify(text)).toBe(expected);
    }
    // The draw must hold addresses, not only texts without one.
    expect(found).toBeGreaterThan(250);
  });

  it.each<[string, string | undefined]>([
    ["plain jane@example.com here", "jane@example.com"],
    ["A.Z_9%x+y-0@Sub-0.Dom9.ORG", "A.Z_9%x+y-0@Sub-0.Dom9.ORG"],
    ["one letter a@b.cd", "a@b.cd"],
    ["a@b.c only one letter", undefined],
    ["a@.io no domain before the dot", undefined],
    ["a@b.io.x takes the last dot followed by two letters", "a@b.io"],
    ["a@b.xx.yy", "a@b.xx.yy"],
    ["a@b.c9d.io", "a@b.c9d.io"],
    ["tab\tuser@host.net", "user@host.net"],
    ["(user@host.net)", "user@host.net"],
    ["first@bad second@good.dev", "second@good.dev"],
  ])("%s", (text, expected) => {
    expect(findEmail(text)).toBe(expected);
    expect(STATED.exec(text)?.[0]).toBe(expected);
  });

  it("looks back at most 64 characters before the @ (RFC 5321's local part)", () => {
    const local = (n: number) => "x".repeat(n - 1) + "y";
    expect(findEmail(`${local(64)}@ex.com`)).toBe(`${local(64)}@ex.com`);
    expect(findEmail(`${"z" + local(64)}@ex.com`)).toBe(`${local(64)}@ex.com`);
  });

  it("looks ahead at most 255 characters after the @", () => {
    const domain = (n: number) => `${"b".repeat(n - 4)}.com`;
    expect(findEmail(`a@${domain(255)}`)).toBe(`a@${domain(255)}`);
    // One more character and the scan stops inside the ".com": what it saw ends in ".co".
    expect(findEmail(`a@${domain(256)}`)).toBe(`a@${"b".repeat(252)}.co`);
    expect(findEmail(`a@${"b".repeat(300)}.com`)).toBeUndefined();
  });
});

/** The Luhn check digit by the table method, independent of the scanner's loop. */
function luhnCheckDigit(payload: string): string {
  const doubled = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];
  let sum = 0;
  [...payload].reverse().forEach((ch, i) => (sum += i % 2 === 0 ? doubled[Number(ch)]! : Number(ch)));
  return String((10 - (sum % 10)) % 10);
}

const cards = (text: string) => findPii(text).filter((h) => h.kind === "payment card number").map((h) => h.sample);

describe("payment card numbers", () => {
  it.each([
    ["4111 1111 1111 1111", "****1111"],
    ["4222222222222", "****2222"],
    ["5555-5555-5555-4444", "****4444"],
    ["378282246310005", "****0005"],
    ["30569309025904", "****5904"],
    ["6011111111111117", "****1117"],
    ["3530111333300000", "****0000"],
  ])("finds the network test number %s and shows only its last four digits", (card, sample) => {
    expect(cards(`Paid with ${card} yesterday`)).toEqual([sample]);
  });

  it("agrees with the table-method check digit: the right digit is found, the nine others are not", () => {
    const random = seededRandom(1954);
    for (let i = 0; i < 300; i++) {
      const length = 13 + (i % 7);
      const payload = Array.from({ length: length - 1 }, (_, j) => (j === 0 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10))).join("");
      const check = luhnCheckDigit(payload);
      for (let d = 0; d <= 9; d++) {
        const number = payload + d;
        expect(cards(`card ${number} ok`), number).toEqual(String(d) === check ? [`****${number.slice(-4)}`] : []);
      }
    }
  });

  it("a 19-digit number is a card, 20 digits is not a card number at all", () => {
    const payload18 = "601100000000000000";
    const n19 = payload18 + luhnCheckDigit(payload18);
    expect(cards(`x ${n19} y`)).toEqual([`****${n19.slice(-4)}`]);
    const payload19 = "6011000000000000000";
    expect(cards(`x ${payload19 + luhnCheckDigit(payload19)} y`)).toEqual([]);
  });

  it("reports the first valid number of a text once", () => {
    expect(cards("bad 4111 1111 1111 1112, good 5555 5555 5555 4444 and 4111 1111 1111 1111")).toEqual(["****4444"]);
  });
});

describe("phone numbers and the seven-digit gate", () => {
  it("needs seven digits in the text, and counts 0 and 9 as digits", () => {
    // "+1 23 456" has the phone shape but six digits: below the gate.
    expect(findPii("call +1 23 456 now")).toEqual([]);
    expect(findPii("call +1 23 4567 now")).toEqual([{ kind: "phone number", sample: "+1 2…" }]);
    expect(findPii("call +1 23 4569 now")).toEqual([{ kind: "phone number", sample: "+1 2…" }]);
    expect(findPii("call +1 23 4560 now")).toEqual([{ kind: "phone number", sample: "+1 2…" }]);
    // Letters, spaces and punctuation are not digits, however many there are.
    expect(findPii("abcdefghij +1 23 456 ./:-")).toEqual([]);
  });

  it("shows the first four characters of the number", () => {
    expect(findPii("Call (555) 123-4567")).toEqual([{ kind: "phone number", sample: "(555…" }]);
  });
});

describe("e-mail samples", () => {
  it("keep two characters of the local part and the whole domain", () => {
    expect(findPii("Write to jane.doe@example.com")).toEqual([{ kind: "email address", sample: "ja***@example.com" }]);
    expect(findPii("mail jo@x.io")).toEqual([{ kind: "email address", sample: "jo***@x.io" }]);
    // A one-character local part has nothing left to hide.
    expect(findPii("mail j@x.io")).toEqual([{ kind: "email address", sample: "j@x.io" }]);
  });

  it("an address and a card in one text give both, address first", () => {
    expect(findPii("jane@example.com paid 4111 1111 1111 1111").map((h) => h.kind)).toEqual(["email address", "payment card number"]);
  });
});

describe("special tokens", () => {
  it("text with <| but no special token has none", () => {
    expect(findSpecialToken("a <| b |> c")).toBeUndefined();
    expect(findSpecialToken("<|unknown|>")).toBeUndefined();
    expect(findSpecialToken("x <|im_start|> y")).toBe("<|im_start|>");
  });
});
