// A realistic synthetic fine-tuning dataset: one repeated system prompt, varied user questions and
// assistant answers built from a vocabulary, a share of multi-turn conversations. Deterministic.

const SYSTEM = "You are a customer support agent for TechCo. Be concise, empathetic, and always offer a next step. Never promise refunds outside the 30-day window, and escalate safety issues to a human.";

const WORDS = (
  "order delivery refund password account invoice billing subscription warranty shipping package tracking number " +
  "replacement damaged delayed cancel upgrade downgrade plan payment card charge receipt address email login reset " +
  "device battery screen charger cable headphones laptop phone tablet router firmware update app settings profile " +
  "week yesterday today tomorrow morning evening hours minutes days please thanks sorry help understand check " +
  "could would should will can may might need want tried already again still never always usually sometimes " +
  "the a an and or but because so that this it my your our their with without from into about after before during"
).split(" ");

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(random: () => number, min: number, max: number): string {
  const n = min + Math.floor(random() * (max - min));
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(random() * WORDS.length)]!);
  if (random() < 0.3) words.push(`#${Math.floor(random() * 1e6)}`);
  const text = words.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(random, 6, 18));
  return out.join(" ");
}

/** Yields JSONL lines until `targetBytes` have been produced. */
export function* syntheticLines(targetBytes: number, seed = 42): Generator<string> {
  const random = rng(seed);
  let bytes = 0;
  while (bytes < targetBytes) {
    const messages: { role: string; content: string }[] = [{ role: "system", content: SYSTEM }];
    const turns = random() < 0.2 ? 2 + Math.floor(random() * 2) : 1;
    for (let t = 0; t < turns; t++) {
      messages.push({ role: "user", content: paragraph(random, 1 + Math.floor(random() * 3)) });
      messages.push({ role: "assistant", content: paragraph(random, 2 + Math.floor(random() * 5)) });
    }
    const line = `${JSON.stringify({ messages })}\n`;
    bytes += Buffer.byteLength(line);
    yield line;
  }
}
