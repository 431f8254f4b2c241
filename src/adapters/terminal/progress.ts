// Progress lines on stderr, only when a person is watching (stderr is a TTY): bytes of a large
// input for the review, requests for an evaluation.

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

export interface RequestProgress {
  stage(text: string): void;
  tick(done: number, total: number, spentUsd: number): void;
  done(): void;
}

const NO_REQUEST_PROGRESS: RequestProgress = { stage() {}, tick() {}, done() {} };

/** "answering: 1,240/3,000 requests  41.2/s  ~43 s left  $0.82 so far", redrawn at most 4 times a second. */
export function requestProgressOnStderr(stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now): RequestProgress {
  if (!stream.isTTY) return NO_REQUEST_PROGRESS;
  let label = "";
  let started = now();
  let startedAt = 0;
  let last = 0;
  return {
    stage(text) {
      label = text;
      started = now();
      startedAt = -1;
      stream.write(`\r\x1b[K${text}`);
    },
    tick(done, total, spentUsd) {
      if (startedAt === -1) startedAt = done - 1;
      const t = now();
      if (t - last < 250 && done < total) return;
      last = t;
      const rate = (done - startedAt) / Math.max((t - started) / 1000, 0.001);
      const eta = rate > 0 ? (total - done) / rate : 0;
      stream.write(`\r\x1b[K${label}: ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} requests  ${rate.toFixed(1)}/s  ~${eta.toFixed(0)} s left  $${spentUsd.toFixed(2)} so far`);
    },
    done() {
      stream.write("\r\x1b[K");
    },
  };
}
