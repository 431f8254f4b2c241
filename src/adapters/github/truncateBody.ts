// GitHub rejects comment bodies over 65,536 characters. A report that long is cut so that the
// reader sees it was cut, and the markdown that remains still renders: no fence or <details>
// left open to swallow the notice.

export const GITHUB_BODY_LIMIT = 65_536;

export const DEFAULT_TRUNCATION_NOTICE =
  "> [!WARNING]\n> This comment was cut to fit GitHub's 65,536-character limit. The full report is in the job summary of this workflow run.";

interface MarkdownState {
  /** The fence that opened the current code block ("```", "~~~~"...), if inside one. */
  fence?: string;
  openDetails: number;
}

/**
 * Returns `body` unchanged when it fits; otherwise the longest prefix of whole lines that fits
 * together with the closers it needs and the notice. Character counts are UTF-16 code units,
 * which never undercount what GitHub counts.
 */
export function truncateBody(body: string, limit: number = GITHUB_BODY_LIMIT, notice: string = DEFAULT_TRUNCATION_NOTICE): string {
  if (body.length <= limit) return body;
  const tail = `\n\n${notice}`;
  const state: MarkdownState = { openDetails: 0 };
  let best = { keptLength: 0, closers: "" };
  let keptLength = -1; // the first line adds no separating newline
  for (const line of body.split("\n")) {
    keptLength += line.length + 1;
    advance(state, line);
    const closers = closersFor(state);
    if (keptLength + closers.length + tail.length > limit) break;
    best = { keptLength, closers };
  }
  const result = body.slice(0, best.keptLength) + best.closers + tail;
  // Not even the notice fits: the limit is what GitHub enforces, so the notice itself is cut.
  return result.length <= limit ? result : cutCodeUnits(result, limit);
}

function closersFor(state: MarkdownState): string {
  return [...(state.fence ? [state.fence] : []), ...Array<string>(state.openDetails).fill("</details>")].map((c) => `\n${c}`).join("");
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function advance(state: MarkdownState, line: string): void {
  const fence = FENCE.exec(line)?.[1];
  if (state.fence) {
    // A block closes on a fence of the same character at least as long, with nothing after it.
    if (fence && fence[0] === state.fence[0] && fence.length >= state.fence.length && line.trim() === fence) delete state.fence;
    return;
  }
  if (fence) {
    state.fence = fence;
    return;
  }
  const opened = line.match(/<details\b[^>]*>/gi)?.length ?? 0;
  const closed = line.match(/<\/details\s*>/gi)?.length ?? 0;
  state.openDetails = Math.max(0, state.openDetails + opened - closed);
}

function cutCodeUnits(text: string, limit: number): string {
  const cut = text.slice(0, limit);
  // Never leave half of a surrogate pair at the end.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
