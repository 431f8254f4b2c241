// Several dataset files as the one file a hosted fine-tuning job takes (one training and one
// validation file; train.py reads several files itself). An optional prefix (Azure's UTF-8
// byte-order mark) is written once at the start; a byte-order mark inside a source file would be
// garbage in the middle of the joined one and is dropped.
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { once } from "node:events";
import { dirname } from "node:path";

export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export async function joinFiles(paths: string[], target: string, options: { prefix?: Buffer } = {}): Promise<string> {
  await mkdir(dirname(target), { recursive: true });
  const out = createWriteStream(target);
  if (options.prefix) out.write(options.prefix);
  for (const path of paths) {
    let last = 0x0a;
    let first = true;
    for await (let chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      if (first && chunk.subarray(0, 3).equals(UTF8_BOM)) chunk = chunk.subarray(3);
      first = false;
      if (chunk.length > 0) last = chunk[chunk.length - 1]!;
      if (!out.write(chunk)) await once(out, "drain");
    }
    // A file without a final newline would glue its last example to the next file's first.
    if (last !== 0x0a) out.write("\n");
  }
  out.end();
  await once(out, "close");
  return target;
}
