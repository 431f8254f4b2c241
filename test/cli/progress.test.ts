import { describe, expect, it } from "vitest";
import { progressOnStderr, requestProgressOnStderr } from "../../src/adapters/terminal/progress.js";

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream, writes };
}

describe("progress on stderr", () => {
  it("shows percent, speed and time left for a large input on a terminal", async () => {
    const { stream, writes } = fakeStream(true);
    const progress = progressOnStderr(100 * 1024 * 1024, stream);
    progress.add(10 * 1024 * 1024);
    await new Promise((r) => setTimeout(r, 300));
    progress.add(40 * 1024 * 1024);
    progress.stage("comparing all examples...");
    progress.done();
    expect(writes.some((w) => /reviewing:\s+50%\s+[\d.]+ MB\/s\s+~\d+ s left/.test(w))).toBe(true);
    // The step after the reading replaces the percentage on the same line.
    expect(writes.at(-2)).toBe("\r\x1b[Kcomparing all examples...");
    expect(writes.at(-1)).toBe("\r\x1b[K");
  });

  it("stays silent when stderr is not a terminal, or the input is small", () => {
    for (const [tty, size] of [[false, 1e9], [true, 1e6]] as const) {
      const { stream, writes } = fakeStream(tty);
      const progress = progressOnStderr(size, stream);
      progress.add(size);
      progress.stage("comparing all examples...");
      progress.done();
      expect(writes).toEqual([]);
    }
  });
});

describe("an evaluation's progress on stderr", () => {
  it("shows requests done of all, the rate, the time left and the dollars so far, on one line", () => {
    const { stream, writes } = fakeStream(true);
    let now = 0;
    const progress = requestProgressOnStderr(stream, () => now);
    progress.stage("answering");
    for (let done = 1; done <= 100; done++) {
      now += 50;
      progress.tick(done, 300, done * 0.01);
    }
    progress.done();
    // 100 requests in 5 s: 20 per second, 200 left: about 10 s.
    expect(writes).toContain("\r\x1b[Kanswering: 100/300 requests  20.0/s  ~10 s left  $1.00 so far");
    expect(writes.at(-1)).toBe("\r\x1b[K");
    // Redrawn at most four times a second.
    expect(writes.length).toBeLessThan(25);
  });

  it("stays silent when stderr is not a terminal", () => {
    const { stream, writes } = fakeStream(false);
    const progress = requestProgressOnStderr(stream);
    progress.stage("answering");
    progress.tick(1, 2, 0);
    progress.done();
    expect(writes).toEqual([]);
  });
});
