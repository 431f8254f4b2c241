"""Loading the base model/tokenizer (LoRA or QLoRA), the LoRA config, and merging adapters."""

import os
from pathlib import Path

import torch

from .errors import ConfigError, ModelNotFoundError


def precision() -> dict:
    """bf16 where the GPU has it; fp32 weights + fp16 autocast on older GPUs; fp32 on CPU."""
    cuda = torch.cuda.is_available()
    bf16 = cuda and torch.cuda.is_bf16_supported()
    return {
        "model_dtype": torch.bfloat16 if bf16 else torch.float32,
        "compute_dtype": torch.bfloat16 if bf16 else torch.float16,  # for 4-bit matmuls
        "bf16": bf16,
        "fp16": cuda and not bf16,
    }


def device_info() -> dict:
    info = {"cuda": torch.cuda.is_available(), "world_size": int(os.environ.get("WORLD_SIZE", "1"))}
    if info["cuda"]:
        info.update(
            gpu_count=torch.cuda.device_count(),
            gpu_name=torch.cuda.get_device_name(0),
            bf16=torch.cuda.is_bf16_supported(),
            cuda_version=torch.version.cuda,
        )
    return info


def _not_found(name: str, err: Exception) -> ModelNotFoundError:
    offline = os.environ.get("HF_HUB_OFFLINE", "0") not in ("0", "", "false")
    where = "locally or in the Hugging Face cache (HF_HUB_OFFLINE is set)" if offline else "locally or on the Hub"
    return ModelNotFoundError(
        f"model {name!r} not found {where}: download it first with `hf download {name}` "
        f"(`huggingface-cli download {name}` on older huggingface_hub), or set model_name_or_path to a local "
        f"directory [{type(err).__name__}]"
    )


def load_tokenizer(name: str):
    from transformers import AutoConfig, AutoTokenizer

    try:
        AutoConfig.from_pretrained(name)  # cheapest call that proves the model exists
        tokenizer = AutoTokenizer.from_pretrained(name)
    except (OSError, ValueError) as err:  # hub "not found"/offline errors are OSError subclasses
        raise _not_found(name, err) from None
    if tokenizer.chat_template is None:
        raise ConfigError(f"model {name!r} has no chat template; use an instruct/chat model or add one to its tokenizer")
    if not tokenizer.is_fast:
        # Loss masks map the template's assistant text to tokens through offsets, which only fast tokenizers give.
        raise ConfigError(f"model {name!r} has no fast tokenizer (tokenizer.json); convert its tokenizer to a fast one")
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_model(name: str, quantization: str):
    from transformers import AutoModelForCausalLM, BitsAndBytesConfig

    dtypes = precision()
    kwargs = {"dtype": dtypes["model_dtype"]}
    if quantization == "4bit":
        if not torch.cuda.is_available():
            raise ConfigError("quantization: 4bit (QLoRA) needs a CUDA GPU and bitsandbytes; use quantization: none on CPU")
        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=dtypes["compute_dtype"],
        )
        # Quantized weights cannot be moved after loading, so each process loads onto its own GPU.
        from accelerate import PartialState

        kwargs["device_map"] = {"": PartialState().local_process_index}
    try:
        return AutoModelForCausalLM.from_pretrained(name, **kwargs)
    except OSError as err:
        raise _not_found(name, err) from None


def lora_config(options):
    from peft import LoraConfig

    # No modules_to_save: vLLM cannot serve LoRA adapters that carry full copies of modules.
    return LoraConfig(
        r=options.lora_r,
        lora_alpha=options.lora_alpha,
        lora_dropout=options.lora_dropout,
        target_modules=options.lora_targets(),
        bias="none",
        task_type="CAUSAL_LM",
    )


def merge_adapter(base_name: str, adapter_dir: Path, merged_dir: Path, tokenizer) -> None:
    """Merge into a freshly loaded 16/32-bit base: merging into 4-bit weights would lose the adapter's precision."""
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(base_name, dtype=precision()["model_dtype"])
    merged = PeftModel.from_pretrained(base, str(adapter_dir)).merge_and_unload()
    merged.save_pretrained(str(merged_dir))
    tokenizer.save_pretrained(str(merged_dir))
