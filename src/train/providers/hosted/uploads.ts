// The training and validation files, uploaded once. Each is the dataset's files joined (and, for
// Azure OpenAI, written as UTF-8 with a byte-order mark, as Azure asks), named after the hash of
// its bytes: a re-run finds the file it uploaded before in the files list and uploads nothing.
import { open, stat } from "node:fs/promises";
import { join } from "node:path";
import type { FileObject, FineTuningApi } from "../../../adapters/openai/fineTuning.js";
import { bytes } from "../../../report/format.js";
import { joinFiles, UTF8_BOM } from "../../joinFiles.js";
import type { HostedPlan } from "../../plan.js";
import { TrainingFailed } from "../provider.js";
import { fileSha256 } from "./jobIdentity.js";
import type { Calls } from "./calls.js";

/** OpenAI's and Azure OpenAI's limit for one fine-tuning file (Azure: "less than 512 MB"). */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

export type Role = "train" | "validation";

export interface PreparedFile {
  role: Role;
  /** The file that is uploaded (a source file as it is, or the joined copy). */
  path: string;
  /** The files of the dataset it holds, as the plan names them. */
  sources: string[];
  size: number;
  sha256: string;
  /** The name it has at the provider: the hash makes an earlier upload of the same bytes findable. */
  filename: string;
}

async function startsWithBom(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(3);
    const { bytesRead } = await handle.read(head, 0, 3, 0);
    return bytesRead === 3 && head.equals(UTF8_BOM);
  } finally {
    await handle.close();
  }
}

/** The file to upload for one role: as it is when it already fits, else a joined (BOM-prefixed) copy. */
export async function prepareFile(plan: HostedPlan, role: Role, sources: string[], tempDir: string): Promise<PreparedFile> {
  const bom = plan.provider === "azure-openai";
  let path = sources[0]!;
  if (sources.length > 1 || (bom && !(await startsWithBom(path)))) {
    path = await joinFiles(sources, join(tempDir, `finetune-ci-${role}.jsonl`), bom ? { prefix: UTF8_BOM } : {});
  }
  const size = (await stat(path)).size;
  if (size >= MAX_UPLOAD_BYTES) {
    throw new TrainingFailed(
      `the ${role} file is ${bytes(size)} (${sources.join(", ")}${bom ? ", with the byte-order mark Azure asks for" : ""}); ${plan.provider === "azure-openai" ? "Azure OpenAI" : "OpenAI"} takes fine-tuning files under 512 MB. Split it (finetune-ci split) or train on your own GPU (train.provider: self-hosted), which has no such limit.`,
    );
  }
  const sha256 = await fileSha256(path);
  return { role, path, sources, size, sha256, filename: `finetune-ci-${role}-${sha256.slice(0, 40)}.jsonl` };
}

/** The uploaded file for `prepared`: found by its name and size, or uploaded now; then processed. */
export async function uploadOnce(api: FineTuningApi, calls: Calls, prepared: PreparedFile): Promise<FileObject> {
  const find = async () => {
    for await (const file of api.listFiles("fine-tune")) {
      if (file.filename === prepared.filename && file.bytes === prepared.size && file.status !== "error") return file;
    }
    return undefined;
  };
  const { value: file, found } = await calls.createOnce(`upload of the ${prepared.role} file`, find, () => api.uploadFile(prepared.path, prepared.filename));
  calls.log.info(found ? `${prepared.role} file: already uploaded as ${file.id} (${prepared.filename})` : `${prepared.role} file: uploaded ${bytes(prepared.size)} as ${file.id} (${prepared.filename})`);
  return waitProcessed(api, calls, file, prepared);
}

async function waitProcessed(api: FineTuningApi, calls: Calls, file: FileObject, prepared: PreparedFile): Promise<FileObject> {
  let current = file;
  // Files take seconds, not the minutes a job takes: look sooner than the job's poll interval.
  let wait = Math.min(calls.pollMs, 2_000);
  const deadline = calls.now() + 30 * 60_000;
  for (;;) {
    const status = current.status as string;
    if (status === "processed") return current;
    if (status === "error") {
      throw new TrainingFailed(`the provider rejected the ${prepared.role} file ${current.id} (${prepared.sources.join(", ")}): ${current.status_details ?? "no details given"}`);
    }
    if (calls.now() > deadline) throw new TrainingFailed(`the ${prepared.role} file ${current.id} was still "${status}" after 30 minutes; run again later (it will not be uploaded twice)`);
    calls.progress(`waiting for the ${prepared.role} file ${current.id} to be processed (${status})`);
    await calls.sleep(wait);
    wait = Math.min(wait * 1.5, 10_000);
    current = await calls.read(`the ${prepared.role} file's status`, () => api.retrieveFile(current.id));
  }
}
