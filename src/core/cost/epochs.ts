// OpenAI's default number of epochs ("auto"), as the cookbook states it: start at 3, raise it for
// small datasets so that at least ~100 examples are seen, lower it so that at most ~25,000 are.

export const EPOCH_RULE = "OpenAI's auto rule: 3 epochs; if 3n < 100 then min(25, floor(100/n)); if 3n > 25000 then max(1, floor(25000/n))";

export function defaultEpochs(examples: number): number {
  const target = 3;
  if (examples <= 0) return target;
  if (target * examples < 100) return Math.min(25, Math.floor(100 / examples));
  if (target * examples > 25_000) return Math.max(1, Math.floor(25_000 / examples));
  return target;
}
