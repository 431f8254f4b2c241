// A progress line on stderr for large inputs, only when a person is watching (stderr is a TTY).

export interface Progress {
  add(bytes: number): void;
  /** A step after the reading, which has no percentage (comparing all examples, say). */
  stage(text: string): void;
  done(): void;
}

const NONE: Progress = { add() {}, stage() {}, done() {} };
const LARGE_INPUT_BYTES = 32 * 1024 * 1024;

export function progressOnStderr(totalBytes: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || totalBytes < LARGE_INPUT_BYTES) return NONE;
  const started = Date.now();
  let seen = 0;
  let last = 0;
  return {
    add(bytes) {
      seen += bytes;
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      const rate = seen / 1e6 / Math.max((now - started) / 1000, 0.001);
      const eta = rate > 0 ? (totalBytes - seen) / 1e6 / rate : 0;
      stream.write(`\rreviewing: ${((100 * seen) / totalBytes).toFixed(0).padStart(3)}%  ${rate.toFixed(1)} MB/s  ~${eta.toFixed(0)} s left   `);
    },
    stage(text) {
      stream.write(`\r\x1b[K${text}`);
    },
    done() {
      stream.write("\r\x1b[K");
    },
  };
}
