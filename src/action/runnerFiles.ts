// The report file a review step leaves for later steps (output report-json): the complete report,
// whatever the comment and the job summary had to leave out.
import { mkdtemp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ReviewReport } from "../review/report/model.js";

export async function writeReportJson(tempRoot: string, report: ReviewReport): Promise<string> {
  const dir = await mkdtemp(join(tempRoot, "finetune-ci-report-"));
  const path = join(dir, "finetune-ci-report.json");
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}
