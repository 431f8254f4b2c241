"""The OpenAI chat completions API as serve.py speaks it: requests checked into one ChatRequest, answers and errors
shaped as OpenAI's (an error is {"error": {"message", "type", "param", "code"}}, code a string or null).

Parameters that would change the answer and that serve.py cannot honour (n > 1, streaming, logprobs, penalties,
JSON modes, forced tool choice) are refused with a 400 rather than ignored, so an evaluation never measures
something other than what it asked for. Parameters without effect on the answer (user, metadata, store, ...)
are accepted and ignored, as vLLM does.
"""

import math
import time
import uuid
from dataclasses import dataclass, field

from .chat_format import FormatProblem, convert_messages, tools_list


class ApiError(Exception):
    def __init__(self, status: int, message: str, *, kind: str = "invalid_request_error", param: str | None = None,
                 code: str | None = None):
        super().__init__(message)
        self.status, self.kind, self.param, self.code = status, kind, param, code

    def body(self) -> dict:
        return {"error": {"message": str(self), "type": self.kind, "param": self.param, "code": self.code}}


IGNORED = {"user", "metadata", "store", "service_tier", "parallel_tool_calls", "prompt_cache_key", "safety_identifier"}
# Accepted only at the value that leaves the answer unchanged.
NEUTRAL = {
    "frequency_penalty": (None, 0, 0.0),
    "presence_penalty": (None, 0, 0.0),
    "logprobs": (None, False),
    "top_logprobs": (None,),
    "logit_bias": (None, {}),
    "stream": (None, False),
    "stream_options": (None,),
    "n": (None, 1),
    "response_format": (None, {"type": "text"}),
    "tool_choice": (None, "auto", "none"),
}
HANDLED = {"model", "messages", "max_tokens", "max_completion_tokens", "temperature", "top_p", "seed", "stop", "tools"}


def _type_name(value) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return {dict: "an object", list: "an array", str: "a string", type(None): "null"}.get(type(value), type(value).__name__)


def _invalid_type(param: str, expected: str, value) -> ApiError:
    return ApiError(400, f"Invalid type for '{param}': expected {expected}, but got {_type_name(value)} instead.",
                    param=param, code="invalid_type")


def _number(body: dict, param: str, low: float, high: float, integer: bool = False):
    """None when absent or null (the default applies), else the value checked against OpenAI's range."""
    value = body.get(param)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (integer and not isinstance(value, int)):
        raise _invalid_type(param, "an integer" if integer else "a number", value)
    if not math.isfinite(value):
        raise _invalid_type(param, "a finite number", value)
    kind = "integer" if integer else "decimal"
    if value < low:
        raise ApiError(400, f"Invalid '{param}': {kind} below minimum value. Expected a value >= {low:g}, but got "
                            f"{value} instead.", param=param, code=f"{kind}_below_min_value")
    if value > high:
        raise ApiError(400, f"Invalid '{param}': {kind} above maximum value. Expected a value <= {high:g}, but got "
                            f"{value} instead.", param=param, code=f"{kind}_above_max_value")
    return value


@dataclass
class ChatRequest:
    model: str
    messages: list[dict]
    tools: list[dict] | None
    max_tokens: int | None  # None: the server's default, within the context
    temperature: float
    top_p: float
    seed: int | None
    stop: list[str] = field(default_factory=list)


def parse_chat_request(body, model_names: list[str], *, developer_role: bool = False) -> ChatRequest:
    if not isinstance(body, dict):
        raise ApiError(400, f"The request body must be a JSON object, but got {_type_name(body)} instead.",
                       code="invalid_type")
    for key in body:
        if key not in HANDLED and key not in IGNORED and key not in NEUTRAL:
            raise ApiError(400, f"Unrecognized request argument supplied: {key}", param=key, code="unknown_parameter")
    for key, neutral in NEUTRAL.items():
        if key in body and body[key] not in neutral:
            raise ApiError(400, f"'{key}' = {body[key]!r} is not supported by serve.py (it would change the answer); "
                                f"leave it out, or serve with vLLM (serve-vllm.sh)", param=key, code="unsupported_value")
    model = body.get("model")
    if model is None:
        raise ApiError(400, "Missing required parameter: 'model'.", param="model", code="missing_required_parameter")
    if not isinstance(model, str):
        raise _invalid_type("model", "a string", model)
    if model not in model_names:
        raise ApiError(404, f"The model `{model}` does not exist; this server has: {', '.join(model_names)}.",
                       param="model", code="model_not_found")
    if "messages" not in body:
        raise ApiError(400, "Missing required parameter: 'messages'.", param="messages", code="missing_required_parameter")
    if isinstance(body["messages"], list) and not body["messages"]:
        raise ApiError(400, "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty "
                            "array instead.", param="messages", code="empty_array")
    try:
        conversation = convert_messages(body["messages"], developer_role=developer_role, allow_weight=False)
        tools = tools_list(body.get("tools"), None)
    except FormatProblem as err:
        raise ApiError(400, f"Invalid '{err.path}': {err.message}.", param=err.path, code=err.code) from None
    max_tokens = _number(body, "max_completion_tokens", 1, math.inf, integer=True)
    if max_tokens is None:
        max_tokens = _number(body, "max_tokens", 1, math.inf, integer=True)
    temperature = _number(body, "temperature", 0, 2)
    top_p = _number(body, "top_p", 0, 1)
    seed = _number(body, "seed", -(2**63), 2**63 - 1, integer=True)
    stop = body.get("stop")
    if stop is None:
        stop = []
    elif isinstance(stop, str):
        stop = [stop]
    elif not (isinstance(stop, list) and all(isinstance(s, str) for s in stop)):
        raise _invalid_type("stop", "a string or an array of strings", stop)
    if len(stop) > 4:
        raise ApiError(400, f"Invalid 'stop': array too long. Expected an array with maximum length 4, but got an array "
                            f"with length {len(stop)} instead.", param="stop", code="array_above_max_length")
    return ChatRequest(
        model=model,
        messages=conversation.messages,
        tools=tools,
        max_tokens=max_tokens,
        temperature=1.0 if temperature is None else float(temperature),
        top_p=1.0 if top_p is None else float(top_p),
        seed=seed,
        stop=[s for s in stop if s],
    )


def completion_body(model: str, text: str, finish_reason: str, prompt_tokens: int, completion_tokens: int) -> dict:
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": text, "refusal": None},
            "logprobs": None,
            "finish_reason": finish_reason,
        }],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }
