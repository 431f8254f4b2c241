#!/usr/bin/env bash
# Serves a base model plus finetune-ci LoRA adapters with vLLM's OpenAI-compatible server.
#   serve-vllm.sh BASE_MODEL NAME=ADAPTER_DIR [NAME=ADAPTER_DIR ...]
# Env: PORT (8000), MAX_LORA_RANK (largest lora_r among the adapters; vLLM accepts 8,16,32,64,128,256...).
# vLLM is not in requirements.txt (it pins its own torch): install it in a separate venv (pip install vllm).
set -euo pipefail
if [[ $# -lt 2 ]]; then
  echo "usage: $0 BASE_MODEL NAME=ADAPTER_DIR [NAME=ADAPTER_DIR ...]" >&2
  exit 2
fi
base="$1"; shift
max_rank="${MAX_LORA_RANK:-}"
if [[ -z "$max_rank" ]]; then  # largest r among the adapters' configs
  max_rank=$(for m in "$@"; do python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["r"])' "${m#*=}/adapter_config.json"; done | sort -n | tail -1)
fi
exec vllm serve "$base" --port "${PORT:-8000}" --enable-lora --max-lora-rank "$max_rank" --max-loras "$#" --lora-modules "$@"
