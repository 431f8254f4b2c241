#!/usr/bin/env python3
"""LoRA / QLoRA training throughput on a randomly initialised Llama-3-8B-shaped model (no download).

    python bench/gpu_bench.py                       # 8B shapes, 2,048-token sequences, LoRA then QLoRA
    python bench/gpu_bench.py --layers 2 --steps 3  # quick check of a GPU runner
    python bench/gpu_bench.py --device cpu --layers 1 --hidden 64 --intermediate 128 --heads 4 --kv-heads 2 \
        --vocab 256 --seq-len 32 --steps 2   # CPU smoke test of the script (bitsandbytes has CPU NF4)

Prints tokens/s, peak memory and model FLOPs utilisation (MFU = 6 x params x tokens / time / peak bf16 FLOP/s),
plus one `FINETUNE_CI_BENCH {json}` line per mode. Random tokens: the numbers measure speed, not learning.
"""

import argparse
import json
import sys
import time

# Dense bf16 tensor-core peaks (FLOP/s, no sparsity), matched against torch.cuda.get_device_name().
PEAK_BF16_FLOPS = [("H200", 989e12), ("H100 PCIe", 756e12), ("H100", 989e12), ("A100", 312e12)]


def peak_flops(device_name: str, override_tflops: float | None) -> float | None:
    if override_tflops:
        return override_tflops * 1e12
    return next((flops for key, flops in PEAK_BF16_FLOPS if key.lower() in device_name.lower()), None)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--modes", default="lora,qlora", help="comma-separated: lora, qlora")
    p.add_argument("--steps", type=int, default=10, help="timed optimizer steps")
    p.add_argument("--warmup-steps", type=int, default=2, help="untimed steps first (CUDA kernels, allocator)")
    p.add_argument("--seq-len", type=int, default=2048)
    p.add_argument("--batch-size", type=int, default=1)
    p.add_argument("--layers", type=int, default=32)
    p.add_argument("--hidden", type=int, default=4096)
    p.add_argument("--intermediate", type=int, default=14336)
    p.add_argument("--heads", type=int, default=32)
    p.add_argument("--kv-heads", type=int, default=8)
    p.add_argument("--vocab", type=int, default=128256)
    p.add_argument("--lora-r", type=int, default=16)
    p.add_argument("--no-gradient-checkpointing", action="store_true")
    p.add_argument("--peak-tflops", type=float, help="override the GPU's peak bf16 TFLOP/s used for MFU")
    p.add_argument("--device", choices=["cuda", "cpu"], default="cuda", help="cpu = tiny smoke test only")
    return p.parse_args(argv)


def build_model(args, torch, dtype, device):
    from transformers import LlamaConfig, LlamaForCausalLM

    config = LlamaConfig(
        hidden_size=args.hidden, intermediate_size=args.intermediate, num_hidden_layers=args.layers,
        num_attention_heads=args.heads, num_key_value_heads=args.kv_heads, vocab_size=args.vocab,
        max_position_embeddings=max(args.seq_len, 8192), rope_theta=500000.0, tie_word_embeddings=False,
    )
    with torch.device(device):  # initialise straight on the GPU: an 8B init on CPU takes minutes
        model = LlamaForCausalLM(config).to(dtype)
    return model


def quantize_nf4(model, torch, compute_dtype):
    """Swap every decoder Linear for a bitsandbytes NF4 Linear4bit, as from_pretrained(load_in_4bit) would."""
    import bitsandbytes as bnb

    for layer in model.model.layers:
        for parent in list(layer.modules()):
            for name, child in list(parent.named_children()):
                if type(child) is not torch.nn.Linear:
                    continue
                q = bnb.nn.Linear4bit(child.in_features, child.out_features, bias=False, compute_dtype=compute_dtype,
                                      compress_statistics=True, quant_type="nf4", device="meta")
                q.weight = bnb.nn.Params4bit(child.weight.data, requires_grad=False, compress_statistics=True,
                                             quant_type="nf4", module=q).to(child.weight.device)
                setattr(parent, name, q)
    return model


def run_mode(mode, args, torch):
    from peft import LoraConfig, get_peft_model

    device = args.device
    dtype = torch.bfloat16 if device == "cuda" else torch.float32
    if device == "cuda":
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    model = build_model(args, torch, dtype, device)
    params = sum(p.numel() for p in model.parameters())  # counted before 4-bit packing halves the numel
    if mode == "qlora":
        model = quantize_nf4(model, torch, dtype)
    if not args.no_gradient_checkpointing:
        model.activation_checkpointing_enable(activation_checkpointing_kwargs={"use_reentrant": False})  # transformers 5 name
        model.enable_input_require_grads()
    model = get_peft_model(model, LoraConfig(r=args.lora_r, lora_alpha=2 * args.lora_r, target_modules="all-linear",
                                             task_type="CAUSAL_LM"))
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=1e-4)
    model.train()

    def step():
        ids = torch.randint(0, args.vocab, (args.batch_size, args.seq_len), device=device)
        loss = model(input_ids=ids, labels=ids).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)

    sync = torch.cuda.synchronize if device == "cuda" else (lambda: None)
    for _ in range(args.warmup_steps):
        step()
    sync()
    start = time.perf_counter()
    for _ in range(args.steps):
        step()
    sync()
    seconds = time.perf_counter() - start
    tokens = args.steps * args.batch_size * args.seq_len
    name = torch.cuda.get_device_name(0) if device == "cuda" else "cpu"
    peak = peak_flops(name, args.peak_tflops)
    result = {
        "mode": mode, "device": name, "params": params, "trainable_params": sum(p.numel() for p in trainable),
        "seq_len": args.seq_len, "batch_size": args.batch_size, "steps": args.steps, "seconds": round(seconds, 6),
        "tokens_per_second": round(tokens / seconds, 1),
        "peak_memory_bytes": torch.cuda.max_memory_allocated() if device == "cuda" else None,
        "peak_bf16_flops": peak,
        "mfu": 6 * params * tokens / seconds / peak if peak else None,
    }
    del model, optimizer
    return result


def main(argv=None) -> int:
    args = parse_args(argv)
    import torch

    if args.device == "cuda" and not torch.cuda.is_available():
        print("gpu_bench.py: error: no CUDA GPU found; this benchmark needs one "
              "(use --device cpu with tiny shapes to smoke-test the script)", file=sys.stderr)
        return 2
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    print(f"{'mode':6} {'tokens/s':>10} {'peak GiB':>9} {'MFU':>6}  params")
    for mode in modes:
        r = run_mode(mode, args, torch)
        gib = "-" if r["peak_memory_bytes"] is None else f"{r['peak_memory_bytes'] / 2**30:.1f}"
        mfu = "-" if r["mfu"] is None else f"{100 * r['mfu']:.1f}%"
        print(f"{mode:6} {r['tokens_per_second']:>10.1f} {gib:>9} {mfu:>6}  {r['params'] / 1e9:.2f}B")
        print("FINETUNE_CI_BENCH " + json.dumps(r), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
