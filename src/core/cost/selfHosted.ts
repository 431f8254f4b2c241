// The self-hosted alternative, priced from first principles: LoRA training FLOPs ~ 6 x parameters x
// tokens (forward 2, activation gradients 2, gradient-checkpointing recompute 2; the frozen weights
// need no weight gradients), at a stated utilisation of the GPU's dense bf16 peak.

export interface GpuType {
  /** Dense bf16 peak, in TFLOP/s (no sparsity). */
  peakTflops: number;
  /** On-demand price of one GPU, dollars per hour. */
  usdPerHour: number;
}

export const GPU_PRICE_DATE = "2026-11";
export const DEFAULT_GPUS: Record<string, GpuType> = {
  A100: { peakTflops: 312, usdPerHour: 1.8 },
  H100: { peakTflops: 989, usdPerHour: 3.0 },
};

export const FLOPS_PER_PARAM_TOKEN = 6;

export interface SelfHostedInput {
  modelParams: number;
  tokens: number;
  gpu: string;
  gpuType: GpuType;
  utilisation: number;
}

export interface SelfHostedEstimate {
  baseModel?: string;
  modelParams: number;
  gpu: string;
  utilisation: number;
  flops: number;
  gpuHours: number;
  usd: number;
  usdPerHour: number;
  priceDate: string;
}

export function estimateSelfHosted(input: SelfHostedInput): SelfHostedEstimate {
  const flops = FLOPS_PER_PARAM_TOKEN * input.modelParams * input.tokens;
  const seconds = flops / (input.gpuType.peakTflops * 1e12 * input.utilisation);
  const gpuHours = seconds / 3600;
  return {
    modelParams: input.modelParams,
    gpu: input.gpu,
    utilisation: input.utilisation,
    flops,
    gpuHours,
    usd: gpuHours * input.gpuType.usdPerHour,
    usdPerHour: input.gpuType.usdPerHour,
    priceDate: GPU_PRICE_DATE,
  };
}
