// The files a step leaves for the runner and for later steps: the job summary (GitHub shows at
// most 1 MiB of it per step) and the report as JSON.
import { appendFile, mkdtemp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { truncateBody } from "../adapters/github/truncateBody.js";
import type { ReviewReport } from "../review/report/model.js";

export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

const SUMMARY_NOTICE =
  "> [!WARNING]\n> This summary was cut to fit GitHub's 1 MiB limit for a step's summary. The complete report is the JSON file named by the step's report-json output.";

/** Appends the markdown, cut visibly (on a line boundary, blocks closed) when over the limit. */
export async function writeJobSummary(path: string | undefined, markdown: string): Promise<void> {
  if (!path) return;
  await appendFile(path, fitBytes(markdown, STEP_SUMMARY_LIMIT_BYTES));
}

/** truncateBody counts UTF-16 units; the summary limit is in bytes, so shrink until it fits. */
export function fitBytes(markdown: string, limitBytes: number): string {
  let limit = limitBytes;
  let body = markdown;
  while (Buffer.byteLength(body, "utf8") > limitBytes) {
    body = truncateBody(markdown, limit, SUMMARY_NOTICE);
    limit = Math.floor(limit * 0.9);
  }
  return body;
}

export async function writeReportJson(tempRoot: string, report: ReviewReport): Promise<string> {
  const dir = await mkdtemp(join(tempRoot, "finetune-ci-report-"));
  const path = join(dir, "finetune-ci-report.json");
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}
