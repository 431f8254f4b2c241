// The result file a fine-tuning job leaves (result_files[0]): a CSV with one row per step (step,
// train_loss, train_accuracy or train_mean_token_accuracy, valid_loss, valid_mean_token_accuracy,
// full_valid_loss, full_valid_mean_token_accuracy; empty where a step has no value), which OpenAI
// serves base64-encoded and Azure as plain text. It becomes the same metrics lines train.py writes,
// so the report, its loss chart and metrics.jsonl do not care which provider trained.
import { RunRecordError, type MetricsLine } from "../../runRecord.js";

/** The CSV's text whether the file holds it plainly or base64-encoded. */
export function resultCsvText(content: string, source: string): string {
  const text = content.replace(/^\uFEFF/, "").trim();
  if (/^step\s*,/i.test(text)) return text;
  const compact = text.replace(/\s+/g, "");
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
    const decoded = Buffer.from(compact, "base64").toString("utf8").replace(/^\uFEFF/, "").trim();
    if (/^step\s*,/i.test(decoded)) return decoded;
  }
  throw new RunRecordError(`${source}: not a fine-tuning result file (expected a CSV whose first column is step, plain or base64-encoded); it starts with ${JSON.stringify(text.slice(0, 40))}`);
}

export interface ResultMetrics {
  lines: MetricsLine[];
  /** Which column the eval loss came from: the whole validation file per epoch, or a validation batch. */
  evalSource: "full_valid_loss" | "valid_loss" | null;
}

export function parseResultCsv(content: string, source: string): ResultMetrics {
  const rows = resultCsvText(content, source).split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = rows[0]!.split(",").map((h) => h.trim());
  const column = (name: string) => header.indexOf(name);
  const at = { step: column("step"), loss: column("train_loss"), full: column("full_valid_loss"), valid: column("valid_loss"), fullAcc: column("full_valid_mean_token_accuracy"), validAcc: column("valid_mean_token_accuracy") };
  if (at.loss < 0) throw new RunRecordError(`${source}:1: the header has no train_loss column (${header.join(", ")})`);
  const parsed = rows.slice(1).map((row, i) => {
    const cells = row.split(",");
    const where = `${source}:${i + 2}`;
    const value = (index: number): number | null => {
      if (index < 0) return null;
      const cell = (cells[index] ?? "").trim();
      if (cell === "") return null;
      const n = Number(cell);
      if (!Number.isFinite(n)) throw new RunRecordError(`${where}: "${header[index]}" must be a number, found ${JSON.stringify(cell)}`);
      return n;
    };
    const step = value(at.step);
    if (step === null || !Number.isInteger(step) || step < 0) throw new RunRecordError(`${where}: "step" must be a whole number, found ${JSON.stringify(cells[at.step])}`);
    return { step, loss: value(at.loss), full: value(at.full), valid: value(at.valid), fullAcc: value(at.fullAcc), validAcc: value(at.validAcc) };
  });
  // The whole-file validation loss, where the job computed it, is the one comparable with a
  // self-hosted run's eval loss; a batch's loss is the fallback.
  const evalSource = parsed.some((r) => r.full !== null) ? "full_valid_loss" : parsed.some((r) => r.valid !== null) ? "valid_loss" : null;
  const lines = parsed.map((r): MetricsLine => {
    const line: MetricsLine = { step: r.step, epoch: null, loss: r.loss, learningRate: null, numTokens: null };
    const evalLoss = evalSource === "full_valid_loss" ? r.full : evalSource === "valid_loss" ? r.valid : null;
    const accuracy = evalSource === "full_valid_loss" ? r.fullAcc : r.validAcc;
    if (evalLoss !== null) line.evalLoss = evalLoss;
    if (evalLoss !== null && accuracy !== null) line.evalTokenAccuracy = accuracy;
    return line;
  });
  return { lines, evalSource };
}

/** The metrics lines as metrics.jsonl, in train.py's field names (self-hosted-runner/README.md, "Outputs"). */
export function metricsJsonl(lines: MetricsLine[]): string {
  return lines
    .map((m) =>
      JSON.stringify({
        step: m.step,
        epoch: m.epoch,
        loss: m.loss,
        learning_rate: m.learningRate,
        num_tokens: m.numTokens,
        ...(m.evalLoss !== undefined ? { eval_loss: m.evalLoss } : {}),
        ...(m.evalTokenAccuracy !== undefined ? { eval_mean_token_accuracy: m.evalTokenAccuracy } : {}),
      }),
    )
    .map((l) => `${l}\n`)
    .join("");
}
