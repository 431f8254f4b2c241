// The report file a review step leaves for later steps (output report-json): the complete report,
// whatever the comment and the job summary had to leave out.
import { mkdtemp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../adapters/files/files.js";
import { describeIoError } from "../adapters/files/outputFiles.js";
import type { ReviewReport } from "../review/report/model.js";

/** A new folder in the runner's temporary folder; one that cannot be made is the environment's to fix. */
export async function runnerTempFolder(tempRoot: string, prefix: string): Promise<string> {
  try {
    return await mkdtemp(join(tempRoot, prefix));
  } catch (error) {
    throw new InputError(`cannot create a temporary folder in ${tempRoot} (RUNNER_TEMP, or TMPDIR outside GitHub Actions): ${describeIoError(error)}; point it at a writable folder with room`);
  }
}

export async function writeReportJson(tempRoot: string, report: ReviewReport): Promise<string> {
  const dir = await runnerTempFolder(tempRoot, "finetune-ci-report-");
  const path = join(dir, "finetune-ci-report.json");
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}
