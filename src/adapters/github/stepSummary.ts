// The job summary (GITHUB_STEP_SUMMARY): GitHub shows at most 1 MiB of it per step, counted over
// everything the step appended. Each append is cut visibly (on a line boundary, blocks closed) to
// what is left of that budget, so no flow can lose the end of its report to the limit unseen.
import { appendFile, stat } from "node:fs/promises";
import { truncateBody } from "./truncateBody.js";

export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

const SUMMARY_NOTICE = "> [!WARNING]\n> This summary was cut to fit GitHub's 1 MiB limit for a step's summary. The complete report is the JSON file named by the step's report-json output.";

export class StepSummaryFile {
  private used: number | undefined;
  /** Appends run one after another, so that each sees what the one before it used. */
  private last: Promise<void> = Promise.resolve();

  /** `path` unset (not on a runner): appends go nowhere. */
  constructor(
    private readonly path: string | undefined,
    private readonly limitBytes = STEP_SUMMARY_LIMIT_BYTES,
  ) {}

  /** Appends the markdown and a newline, cut to fit what is left of the step's budget. */
  append(markdown: string): Promise<void> {
    const next = this.last.then(() => this.write(markdown));
    this.last = next.catch(() => undefined);
    return next;
  }

  private async write(markdown: string): Promise<void> {
    if (!this.path) return;
    // The file may hold what earlier steps' summaries or this step wrote before us.
    this.used ??= await stat(this.path).then((s) => s.size, () => 0);
    const left = this.limitBytes - this.used;
    const text = `${markdown}\n`;
    const fitted = Buffer.byteLength(text, "utf8") <= left ? text : fitBytes(markdown, left);
    // With too little left even for the notice, nothing more is written: the cut was said before.
    if (fitted === "" || Buffer.byteLength(fitted, "utf8") > left) return;
    await appendFile(this.path, fitted);
    this.used += Buffer.byteLength(fitted, "utf8");
  }
}

/** truncateBody counts UTF-16 units; the summary limit is in bytes, so shrink until it fits. */
export function fitBytes(markdown: string, limitBytes: number): string {
  if (limitBytes < Buffer.byteLength(SUMMARY_NOTICE, "utf8") + 2) return "";
  let limit = limitBytes;
  let body = markdown;
  while (Buffer.byteLength(body, "utf8") > limitBytes) {
    body = truncateBody(markdown, limit, SUMMARY_NOTICE);
    limit = Math.floor(limit * 0.9);
  }
  return body;
}
