"""finetune-ci training runner: LoRA/QLoRA SFT and DPO with transformers + peft + trl."""
