// The sanity probe: vLLM can answer under an adapter's name with the base model alone (vLLM issues
// #34186, #55193), and a misnamed or unloaded adapter looks the same from outside. Before anything
// is scored, the candidate's answers to the first prompts are compared with the base's; when every
// one is identical (text and tool calls, with greedy decoding), the run stops with the evidence.
import type { Answer } from "../core/eval/types.js";
import type { HoldoutExample } from "./holdout.js";

export interface ProbeEvidence {
  file: string;
  line: number;
  /** The last user message of the prompt. */
  prompt: string;
  answer: string;
}

export interface ProbeResult {
  /** Prompts compared (the first N of the holdout). */
  prompts: number;
  /** The arm the candidate was compared with; null when there is no base arm (then nothing is compared). */
  against: string | null;
  /** Prompts both arms answered. */
  answeredByBoth: number;
  identical: number;
  /** Every one of the N prompts answered by both, identically. */
  tripped: boolean;
  evidence: ProbeEvidence[];
}

function sameAnswer(a: Answer, b: Answer): boolean {
  return (a.text ?? "").trim() === (b.text ?? "").trim() && JSON.stringify(a.toolCalls ?? []) === JSON.stringify(b.toolCalls ?? []);
}

function lastUserText(example: HoldoutExample): string {
  const user = example.messages.findLast((m) => m.role === "user");
  const content = user?.content;
  return typeof content === "string" ? content : JSON.stringify(content ?? "");
}

export function probeCandidate(examples: readonly HoldoutExample[], candidate: readonly Answer[], base: readonly Answer[] | undefined, against: string | null): ProbeResult {
  const prompts = candidate.length;
  if (!base || against === null) return { prompts, against: null, answeredByBoth: 0, identical: 0, tripped: false, evidence: [] };
  let answeredByBoth = 0;
  let identical = 0;
  const evidence: ProbeEvidence[] = [];
  candidate.forEach((answer, i) => {
    const other = base[i]!;
    if (answer.status !== "ok" || other.status !== "ok") return;
    answeredByBoth++;
    if (!sameAnswer(answer, other)) return;
    identical++;
    const example = examples[i]!;
    evidence.push({ file: example.file, line: example.line, prompt: lastUserText(example), answer: answer.toolCalls?.length ? `${answer.text ?? ""} ${JSON.stringify(answer.toolCalls)}`.trim() : (answer.text ?? "") });
  });
  const tripped = prompts > 0 && answeredByBoth === prompts && identical === prompts;
  return { prompts, against, answeredByBoth, identical, tripped, evidence: tripped ? evidence : [] };
}
