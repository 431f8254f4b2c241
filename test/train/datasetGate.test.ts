import { describe, expect, it } from "vitest";
import { trainingRefusal } from "../../src/train/datasetGate.js";
import { distinctExamples, jsonl, review } from "../support/review.js";

const FAKE_KEY = `sk-proj-${"A1b2C3d4E5f6G7h8".repeat(3)}`;

describe("training starts only on a dataset the review passed", () => {
  it("a clean dataset is not refused", async () => {
    const report = await review({ train: { "data/train.jsonl": jsonl(distinctExamples(20)) } });
    expect(trainingRefusal(report)).toBeUndefined();
  });

  it("errors refuse training, naming each finding by file and line", async () => {
    const lines = distinctExamples(20);
    lines[4] = "{not json";
    const refusal = trainingRefusal(await review({ train: { "data/train.jsonl": jsonl(lines) } }));
    expect(refusal?.summary).toBe("training refused: the dataset review found 1 error. Fix the dataset and push again.");
    expect(refusal?.lines).toEqual([expect.stringMatching(/^data\/train\.jsonl:5 invalid-json: /)]);
  });

  it("a secret refuses training even when the config lowered it to a warning, and is listed first", async () => {
    const lines = distinctExamples(20);
    lines[2] = lines[2]!.replace("For case", `Use key ${FAKE_KEY} for case`);
    lines[7] = "{not json";
    const refusal = trainingRefusal(await review({ train: { "data/train.jsonl": jsonl(lines) } }, { severities: { secret: "warning" } }));
    expect(refusal?.summary).toBe("training refused: the dataset review found 1 secret and 1 other error. Fix the dataset and push again; rotate every credential that was committed.");
    expect(refusal?.lines[0]).toMatch(/^data\/train\.jsonl:3 secret: contains what looks like a credential: OpenAI API key/);
    expect(refusal?.lines.join("\n")).not.toContain(FAKE_KEY);
  });

  for (const severity of ["off", "info", "warning"] as const) {
    it(`a secret refuses training when the config sets its severity to ${severity}, however quiet the review is about it`, async () => {
      const lines = distinctExamples(20);
      lines[2] = lines[2]!.replace("For case", `Use key ${FAKE_KEY} for case`);
      const report = await review({ train: { "data/train.jsonl": jsonl(lines) } }, { severities: { secret: severity } });
      // The review itself shows what the config asked for: nothing at all when off.
      expect(report.findings.filter((f) => f.code === "secret")).toHaveLength(severity === "off" ? 0 : 1);
      expect(report.summary.errors).toBe(0);
      const refusal = trainingRefusal(report);
      expect(refusal?.summary).toBe("training refused: the dataset review found 1 secret. Fix the dataset and push again; rotate every credential that was committed.");
      expect(refusal?.lines).toEqual(["data/train.jsonl:3 secret: contains what looks like a credential: OpenAI API key (sk-pro…(56 chars))"]);
    });
  }

  it("a long list is cut, saying how many more there are", async () => {
    const lines = distinctExamples(40).map((l, i) => (i % 2 ? "{not json" : l));
    const refusal = trainingRefusal(await review({ train: { "data/train.jsonl": jsonl(lines) } }), 5);
    expect(refusal?.lines).toHaveLength(6);
    expect(refusal?.lines.at(-1)).toBe("… and 15 more (see the review report in the job summary)");
  });
});
