// What the run cost, beside what the review estimated before it. A self-hosted run is billed for
// the time the job held the machine's GPUs (wall time, loading included), at the configured price
// of one GPU-hour; the estimate priced training FLOPs alone at an assumed utilisation. A hosted job
// is billed per trained token (the job's trained_tokens, all epochs) at the model's training price;
// the estimate priced the review's charged tokens (billed tokens x epochs).
import type { SelfHostedEstimate } from "../core/cost/selfHosted.js";

export interface ActualCost {
  gpu: string;
  gpus: number;
  usdPerHour: number;
  wallSeconds: number;
  gpuHours: number;
  usd: number;
}

export interface EstimateComparison {
  gpu: string;
  gpuHours: number;
  usd: number;
  usdPerHour: number;
  trainedTokens: number;
  /** Epochs the figures are for, and the epochs the review priced before scaling. */
  epochs: number;
  reviewEpochs: number;
  utilisation: number;
  /** actual / estimated; null when either is zero. */
  gpuHoursRatio: number | null;
  tokensRatio: number | null;
}

export interface CostComparison {
  kind: "gpu";
  actual: ActualCost;
  estimate: EstimateComparison | null;
}

export interface TokenCostComparison {
  kind: "tokens";
  actual: { trainedTokens: number; usdPerMillion: number | null; usd: number | null; priceSource: string };
  /** The review's charged tokens and dollars, scaled to the epochs trained; null without a review figure. */
  estimate: { chargedTokens: number; usd: number | null; epochs: number; reviewEpochs: number; tokensRatio: number | null; usdRatio: number | null } | null;
}

export type TrainingCost = CostComparison | TokenCostComparison;

/** trained tokens x price, beside the review's charged tokens x price (scaled from its epochs to the job's). */
export function compareTokenCost(
  trainedTokens: number,
  price: { usdPerMillion: number | null; source: string },
  review: { chargedTokens: number; epochs: number } | undefined,
  trainEpochs: number | null,
): TokenCostComparison {
  const usd = price.usdPerMillion === null ? null : (trainedTokens / 1e6) * price.usdPerMillion;
  const actual = { trainedTokens, usdPerMillion: price.usdPerMillion, usd, priceSource: price.source };
  if (!review) return { kind: "tokens", actual, estimate: null };
  const scale = trainEpochs !== null && review.epochs > 0 ? trainEpochs / review.epochs : 1;
  const chargedTokens = review.chargedTokens * scale;
  const estimatedUsd = price.usdPerMillion === null ? null : (chargedTokens / 1e6) * price.usdPerMillion;
  return {
    kind: "tokens",
    actual,
    estimate: { chargedTokens, usd: estimatedUsd, epochs: trainEpochs ?? review.epochs, reviewEpochs: review.epochs, tokensRatio: ratio(trainedTokens, chargedTokens), usdRatio: usd !== null && estimatedUsd !== null ? ratio(usd, estimatedUsd) : null },
  };
}

export function actualCost(input: { wallSeconds: number; gpus: number; gpu: string; usdPerHour: number }): ActualCost {
  const gpuHours = (input.wallSeconds / 3600) * input.gpus;
  return { gpu: input.gpu, gpus: input.gpus, usdPerHour: input.usdPerHour, wallSeconds: input.wallSeconds, gpuHours, usd: gpuHours * input.usdPerHour };
}

/**
 * The review priced `reviewEpochs` epochs (OpenAI's automatic choice for the dataset's size); the
 * run trained `trainEpochs`. Estimated FLOPs grow linearly with epochs, so the estimate is scaled
 * to the epochs that ran; with max_steps (trainEpochs null) it is shown as the review gave it.
 */
export function compareWithEstimate(
  actual: ActualCost,
  trainedTokens: number,
  estimate: (SelfHostedEstimate & { trainedTokens: number }) | undefined,
  epochs: { review: number; train: number | null },
): CostComparison {
  if (!estimate) return { kind: "gpu", actual, estimate: null };
  const scale = epochs.train !== null && epochs.review > 0 ? epochs.train / epochs.review : 1;
  const gpuHours = estimate.gpuHours * scale;
  const estimatedTokens = estimate.trainedTokens * scale;
  return {
    kind: "gpu",
    actual,
    estimate: {
      gpu: estimate.gpu,
      gpuHours,
      usd: estimate.usd * scale,
      usdPerHour: estimate.usdPerHour,
      trainedTokens: estimatedTokens,
      epochs: epochs.train ?? epochs.review,
      reviewEpochs: epochs.review,
      utilisation: estimate.utilisation,
      gpuHoursRatio: ratio(actual.gpuHours, gpuHours),
      tokensRatio: ratio(trainedTokens, estimatedTokens),
    },
  };
}

function ratio(a: number, b: number): number | null {
  return a > 0 && b > 0 ? a / b : null;
}
