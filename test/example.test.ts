// The bundled example is the product's demo: what its README promises, the review must find,
// at the lines it names, and nothing else.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { review } from "./support/review.js";

const DIR = "examples/support";
const read = (name: string) => readFileSync(`${DIR}/${name}`, "utf8");

/** Rows of the README's "Deliberate defects" table: codes and the file:line they are reported at. */
function promisedDefects(): { codes: string[]; file: string; line: number; related?: { file: string; line: number } }[] {
  const table = read("README.md").split("## Deliberate defects")[1]!.split("\n## ")[0]!;
  return table
    .split("\n")
    .filter((row) => row.startsWith("| `"))
    .map((row) => {
      const [codesCell, locationCell] = row.split(" | ");
      const codes = [...codesCell!.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!);
      const places = [...locationCell!.matchAll(/`(\w+\.jsonl):(\d+)`/g)].map((m) => ({ file: `${DIR}/${m[1]}`, line: Number(m[2]) }));
      return { codes, ...places[0]!, related: places[1] };
    });
}

describe("the bundled example (examples/support)", async () => {
  const report = await review({ train: { [`${DIR}/train.jsonl`]: read("train.jsonl") }, holdout: { [`${DIR}/holdout.jsonl`]: read("holdout.jsonl") } });
  const defects = promisedDefects();

  it("lists a dozen deliberate defects in its README", () => {
    expect(defects.length).toBeGreaterThanOrEqual(12);
  });

  for (const defect of defects) {
    it(`reports ${defect.codes.join(" + ")} at ${defect.file}:${defect.line}`, () => {
      for (const code of defect.codes) {
        const found = report.findings.find((f) => f.code === code && f.file === defect.file && f.line === defect.line);
        expect(found, `${code} at ${defect.file}:${defect.line}`).toBeDefined();
        if (defect.related && ["duplicate", "near-duplicate", "conflicting-answers", "holdout-leak"].includes(code)) expect(found!.related).toEqual(defect.related);
      }
    });
  }

  it("reports nothing else about the data (the model's lifecycle note is about the model)", () => {
    const promised = new Set(defects.flatMap((d) => d.codes.map((c) => `${c}@${d.file}:${d.line}`)));
    const extra = report.findings.filter((f) => f.code !== "model-lifecycle" && !promised.has(`${f.code}@${f.file}:${f.line}`));
    expect(extra).toEqual([]);
  });

  it("accounts for every line", () => {
    expect(report.summary).toMatchObject({ lines: 50, examples: 49, invalidLines: 1, blankLines: 0 });
  });
});
