// Several dataset files as the one file a trainer reads: train.py takes one training file, and a
// hosted fine-tuning job one training and one validation file. An optional prefix (Azure's UTF-8
// byte-order mark) is written once at the start; a byte-order mark inside a source file would be
// garbage in the middle of the joined one and is dropped. The join keeps a map from its lines back
// to the files and lines a user knows, so that what train.py says about "line 812" of the joined
// file reaches the user as the line of the file they wrote.
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { once } from "node:events";
import { dirname } from "node:path";

export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** One source file inside a joined one: its lines are firstLine .. firstLine + lines - 1 there. */
export interface JoinedPart {
  source: string;
  firstLine: number;
  lines: number;
}

export interface JoinedFile {
  path: string;
  parts: JoinedPart[];
}

export interface SourceLine {
  file: string;
  line: number;
}

export async function joinFiles(paths: string[], target: string, options: { prefix?: Buffer } = {}): Promise<JoinedFile> {
  await mkdir(dirname(target), { recursive: true });
  const out = createWriteStream(target);
  if (options.prefix) out.write(options.prefix);
  const parts: JoinedPart[] = [];
  let nextLine = 1;
  for (const path of paths) {
    let last = 0x0a;
    let first = true;
    let newlines = 0;
    for await (let chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      if (first && chunk.subarray(0, 3).equals(UTF8_BOM)) chunk = chunk.subarray(3);
      first = false;
      if (chunk.length === 0) continue;
      last = chunk[chunk.length - 1]!;
      for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) newlines++;
      if (!out.write(chunk)) await once(out, "drain");
    }
    // A file without a final newline would glue its last example to the next file's first.
    if (last !== 0x0a) {
      out.write("\n");
      newlines++;
    }
    parts.push({ source: path, firstLine: nextLine, lines: newlines });
    nextLine += newlines;
  }
  out.end();
  await once(out, "close");
  return { path: target, parts };
}

/** A file used as it is: its lines are its own. */
export function unjoined(path: string): JoinedFile {
  return { path, parts: [{ source: path, firstLine: 1, lines: Number.POSITIVE_INFINITY }] };
}

/** The source file and line of a line of the joined file (1-based); undefined past its end. */
export function sourceLine(joined: JoinedFile, line: number): SourceLine | undefined {
  const part = joined.parts.find((p) => line >= p.firstLine && line < p.firstLine + p.lines);
  return part ? { file: part.source, line: line - part.firstLine + 1 } : undefined;
}

/**
 * Text that names lines of the joined file ("/tmp/x/finetune-ci-train.jsonl:812") with the source
 * file and line instead ("data/b.jsonl:12"). `display` says how a source path is shown.
 */
export function withSourceLines(text: string, joined: JoinedFile, display: (path: string) => string = (p) => p): string {
  if (joined.parts.length === 1 && joined.parts[0]!.source === joined.path) return text;
  if (!text.includes(joined.path)) return text;
  return text.split(joined.path).reduce((out, piece, i) => {
    if (i === 0) return piece;
    const m = /^:(\d+)/.exec(piece);
    const at = m ? sourceLine(joined, Number(m[1])) : undefined;
    return at ? `${out}${display(at.file)}:${at.line}${piece.slice(m![0].length)}` : `${out}${joined.path}${piece}`;
  }, "");
}
