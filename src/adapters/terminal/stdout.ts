// Standard output for a command line that may be piped into `head` or redirected to a full disk:
// a reader that went away (EPIPE) ends the command quietly, and any other write error is one line
// on stderr with exit 2, never a stack trace.
import { describeIoError } from "../files/outputFiles.js";

/** Standard output could not be written (the reader is still there): exit 2 with this message. */
export class StdoutError extends Error {
  constructor(readonly ioError: NodeJS.ErrnoException) {
    super(`could not write to standard output: ${describeIoError(ioError)}`);
    this.name = "StdoutError";
  }

  /** The reader closed the pipe (`| head`): nothing is wrong, nobody is left to tell. */
  get readerGone(): boolean {
    return this.ioError.code === "EPIPE";
  }
}

/**
 * Call once at start: write errors on stdout arrive through print()'s callback, and on stderr
 * (2>/dev/full) they are dropped; without listeners either would also be thrown as an unhandled
 * 'error' event, with a stack trace.
 */
export function guardStandardStreams(): void {
  process.stdout.on("error", () => {});
  process.stderr.on("error", () => {});
}

/** Writes to stdout and resolves once written; rejects with a StdoutError when it cannot be. */
export function print(text: string, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      stream.write(text, (error) => (error ? reject(new StdoutError(error as NodeJS.ErrnoException)) : resolve()));
    } catch (error) {
      reject(new StdoutError(error as NodeJS.ErrnoException));
    }
  });
}
