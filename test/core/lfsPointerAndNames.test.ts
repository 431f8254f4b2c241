// Two small parts of the core that only end-to-end tests reached: the Git LFS pointer parser,
// against the pointer format of git-lfs's docs/spec.md (its example pointer is copied below), and
// what a file's name says about its role (README, "Datasets").
import { describe, expect, it } from "vitest";
import { LFS_POINTER_MAX_BYTES, LfsPointerError, parseLfsPointer } from "../../src/core/dataset/lfsPointer.js";
import { isDatasetCandidate, pathWords, roleByName } from "../../src/core/dataset/fileNames.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const OID = "4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393";
// git-lfs docs/spec.md, "The pointer file": its example, byte for byte.
const SPEC_EXAMPLE = `version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize 12345\n`;

describe("parseLfsPointer", () => {
  it("reads the spec's example pointer, and the URLs of git-lfs's early versions", () => {
    expect(parseLfsPointer(bytes(SPEC_EXAMPLE))).toEqual({ oid: OID, size: 12345 });
    for (const version of ["https://hawser.github.com/spec/v1", "http://git-media.io/v/2"]) {
      expect(parseLfsPointer(bytes(SPEC_EXAMPLE.replace("https://git-lfs.github.com/spec/v1", version)))).toEqual({ oid: OID, size: 12345 });
    }
    // Extension lines and other keys in order are allowed; size 0 is a size.
    expect(parseLfsPointer(bytes(`version https://git-lfs.github.com/spec/v1\next-0-foo sha256:${OID}\noid sha256:${OID}\nsize 0\n`))).toEqual({ oid: OID, size: 0 });
  });

  it("says a file is not a pointer when it does not start with a version line, or is 1,024 bytes or more", () => {
    for (const text of ['{"messages": []}\n', "", "version https://git-lfs.github.com/spec/v2\noid x\n", " version https://git-lfs.github.com/spec/v1\n", "version https://git-lfs.github.com/spec/v1"]) {
      expect(parseLfsPointer(bytes(text)), JSON.stringify(text)).toBeUndefined();
    }
    const padded = `${SPEC_EXAMPLE.slice(0, -1)}\n${"x-pad ".padEnd(LFS_POINTER_MAX_BYTES - SPEC_EXAMPLE.length - 1, "a")}\n`;
    expect(padded.length).toBe(LFS_POINTER_MAX_BYTES);
    expect(parseLfsPointer(bytes(padded))).toBeUndefined();
    expect(parseLfsPointer(bytes(padded.slice(0, -2) + "\n"))).toBeInstanceOf(Object);
  });

  it("refuses a broken pointer, naming what is wrong", () => {
    const broken: [string, string][] = [
      [SPEC_EXAMPLE.slice(0, -1), "the Git LFS pointer does not end with a newline"],
      [SPEC_EXAMPLE.replace("size 12345", "size=12345"), 'line 3 of the Git LFS pointer is not "key value"'],
      [SPEC_EXAMPLE.replace("oid sha256", "Oid sha256"), 'line 2 of the Git LFS pointer is not "key value"'],
      [`version https://git-lfs.github.com/spec/v1\nsize 1\noid sha256:${OID}\n`, 'the keys of the Git LFS pointer are not in order (line 3, "oid")'],
      [`version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\noid sha256:${OID}\nsize 1\n`, 'the keys of the Git LFS pointer are not in order (line 3, "oid")'],
      [SPEC_EXAMPLE.replace(OID, OID.toUpperCase()), 'the Git LFS pointer has no valid "oid sha256:<64 hex digits>" line'],
      [SPEC_EXAMPLE.replace(OID, OID.slice(1)), 'the Git LFS pointer has no valid "oid sha256:<64 hex digits>" line'],
      [SPEC_EXAMPLE.replace("sha256:", "sha1:"), 'the Git LFS pointer has no valid "oid sha256:<64 hex digits>" line'],
      [`version https://git-lfs.github.com/spec/v1\nsize 1\n`, 'the Git LFS pointer has no valid "oid sha256:<64 hex digits>" line'],
      [SPEC_EXAMPLE.replace("size 12345", "size 012345"), 'the Git LFS pointer has no valid "size <bytes>" line'],
      [SPEC_EXAMPLE.replace("size 12345", "size -1"), 'the Git LFS pointer has no valid "size <bytes>" line'],
      [SPEC_EXAMPLE.replace("size 12345", "size 99999999999999999999"), 'the Git LFS pointer has no valid "size <bytes>" line'],
      [`version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\n`, 'the Git LFS pointer has no valid "size <bytes>" line'],
      [SPEC_EXAMPLE.replace("\nsize", "\r\nsize"), 'line 2 of the Git LFS pointer is not "key value"'],
    ];
    for (const [text, message] of broken) {
      expect(() => parseLfsPointer(bytes(text)), JSON.stringify(text)).toThrow(new LfsPointerError(message));
    }
  });
});

describe("file names", () => {
  it("takes .jsonl files, in any case, outside node_modules and .git", () => {
    expect(["data/train.jsonl", "A.JSONL", "x/node_modules_backup/t.jsonl", "my.git/t.jsonl"].map(isDatasetCandidate)).toEqual([true, true, true, true]);
    expect(["data/train.json", "train.jsonl.gz", "node_modules/pkg/t.jsonl", "a/.git/t.jsonl", "jsonl"].map(isDatasetCandidate)).toEqual([false, false, false, false, false]);
  });

  it("splits a path into words at punctuation, case changes and digits", () => {
    expect(pathWords("data/SupportTickets_v2-holdout.JSONL")).toEqual(["data", "support", "tickets", "v", "2", "holdout"]);
    expect(pathWords("evalSet3.jsonl")).toEqual(["eval", "set", "3"]);
    expect(pathWords("3rdParty.jsonl")).toEqual(["3", "rd", "party"]);
  });

  it("holds out a file whose path has a holdout word, and not one where the word is only part of a word", () => {
    for (const path of ["holdout.jsonl", "data/heldout/a.jsonl", "evals/x.jsonl", "evaluation.jsonl", "valid.jsonl", "validation-set.jsonl", "tickets.val.jsonl", "test.jsonl", "tests/t.jsonl", "myEvalData.jsonl", "val2.jsonl"]) {
      expect(roleByName(path), path).toBe("holdout");
    }
    for (const path of ["train.jsonl", "interval.jsonl", "latest.jsonl", "contest/x.jsonl", "evaluate.jsonl", "validated.jsonl", "retest.jsonl"]) {
      expect(roleByName(path), path).toBe("train");
    }
  });
});
