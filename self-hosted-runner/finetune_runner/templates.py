"""Rendering conversations with the base model's chat template, and refusing what the template cannot express.

A template can fail on an example in three ways, and each must stop training before it starts rather than train
on something else than the data says:
- it raises (Gemma's "System role not supported", Llama 3.1's "only supports single tool-calls at once");
- it silently leaves something out (a template without tools ignores `tools` and `tool_calls`, so the model
  would learn to answer a tool call with an empty turn);
- it renders a conversation differently from its own prefixes (templates that rewrite earlier turns), so the
  assistant turns cannot be located for the loss mask.
"""

from .chat_format import Conversation


class TemplateProblem(Exception):
    """The chat template cannot express an example: `reason` says what happened, `fix` what to do."""

    def __init__(self, reason: str, fix: str):
        super().__init__(f"{reason}. Fix: {fix}")
        self.reason, self.fix = reason, fix


def keeps_developer_role(tokenizer) -> bool:
    """Templates that know the developer role (gpt-oss style) get it; the others get it as system, as OpenAI does."""
    return "developer" in str(tokenizer.chat_template or "")


def _uses(features: set[str]) -> str:
    return ", ".join(sorted(features)) if features else "plain user and assistant turns"


def _fix(features: set[str]) -> str:
    rewrites = []
    if features & {"a system message", "a developer message"}:
        rewrites.append("fold the system message into the first user message")
    if features & {"tools", "tool calls", "parallel tool calls", "tool results"}:
        rewrites.append("leave tool use out of the dataset")
    rewrite = f" ({'; '.join(rewrites)})" if rewrites else ""
    return (f"this example uses {_uses(features)}; use a base model whose chat template supports "
            f"{'them' if len(features) > 1 else 'it'} (e.g. Llama 3.1 or Qwen2.5 Instruct), or rewrite the "
            f"example{rewrite}")


def render(tokenizer, messages: list[dict], tools=None, *, generation_prompt: bool = False,
           features: set[str] | None = None) -> str:
    try:
        return tokenizer.apply_chat_template(
            messages, tools=tools or None, tokenize=False, add_generation_prompt=generation_prompt
        )
    except Exception as err:  # noqa: BLE001 - any failure of the template on this example is the example's problem
        message = str(err).strip() or type(err).__name__
        raise TemplateProblem(f"the model's chat template refuses it: {message}", _fix(features or set())) from None


def check_expressible(tokenizer, conversation: Conversation, text: str, messages: list[dict] | None = None,
                      weights: list[int] | None = None) -> None:
    """Raises TemplateProblem when the rendered `text` leaves out part of the conversation.

    Assistant turns with weight 0 are context, which templates may legitimately rewrite (reasoning models drop the
    reasoning of earlier turns), so only their tool calls are checked, not their text.
    """
    messages = conversation.messages if messages is None else messages
    weights = conversation.weights if weights is None else weights
    features = conversation.features
    for i, message in enumerate(messages):
        content = message["content"].strip()
        context = message["role"] == "assistant" and weights[i] == 0
        if content and not context and content not in text:
            raise TemplateProblem(
                f"the model's chat template leaves out the text of message {i} ({message['role']})", _fix(features)
            )
        if message.get("tool_calls"):
            without = [m if j != i else {k: v for k, v in m.items() if k != "tool_calls"} for j, m in enumerate(messages)]
            try:
                plain = render(tokenizer, without, conversation.tools, features=features)
            except TemplateProblem:
                plain = None  # the template needs the calls there, so it reads them
            if plain == text:
                raise TemplateProblem(
                    f"the model's chat template leaves out the tool_calls of message {i} (assistant), so the model "
                    "would learn to answer without calling the tool", _fix(features)
                )
    if conversation.tools and render(tokenizer, messages, None, features=features) == text:
        raise TemplateProblem("the model's chat template ignores the example's tools list", _fix(features))


PREFIX_FIX = (
    "give the earlier assistant turns weight 0 (only the last turn is then located), split the conversation into one "
    "example per assistant turn, or use a base model whose chat template renders earlier turns unchanged"
)


def assistant_spans(tokenizer, conversation: Conversation, text: str) -> list[tuple[int, int]]:
    """Character spans of the assistant turns that carry loss (weight 1), each including its end-of-turn text.

    Each span is found by rendering the conversation up to the turn (with the generation prompt) and through the
    turn: this works with any template that renders a conversation's prefixes as the start of the whole, with no
    `{% generation %}` markers needed.
    """
    messages, tools, features = conversation.messages, conversation.tools, conversation.features
    spans = []
    for i, message in enumerate(messages):
        if message["role"] != "assistant" or conversation.weights[i] == 0:
            continue
        before = render(tokenizer, messages[:i], tools, generation_prompt=True, features=features) if i else ""
        through = render(tokenizer, messages[: i + 1], tools, features=features)
        if not (text.startswith(before) and text.startswith(through)) or len(through) <= len(before):
            raise TemplateProblem(
                f"the model's chat template renders this conversation differently from its prefixes, so assistant "
                f"message {i} cannot be located for loss masking", PREFIX_FIX
            )
        spans.append((len(before), len(through)))
    return spans
