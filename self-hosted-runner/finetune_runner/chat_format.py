"""OpenAI's chat format turned into the messages a Hugging Face chat template takes.

train.py (every dataset line) and serve.py (every request) read conversations through this one module, so a
conversation is rendered the same way when it is trained on and when it is served. What it accepts is what the
dataset review accepts (test/fixtures/dataset-contract/ holds one example of each shape):

- roles system, developer, user, assistant, tool, and the deprecated function role;
- content as a string, null (an assistant message that only calls tools), or an array of text parts, which are
  joined with "\\n" (as the review counts them and as vLLM joins them); any other part type (image_url, audio) is
  refused, because the runner trains and serves text-only models;
- assistant `tool_calls` ({id, type: function, function: {name, arguments}}) whose `arguments` is JSON text: it is
  parsed into an object, which is what chat templates expect (they print it with `| tojson`);
- `tool` messages answering an earlier call's `tool_call_id` (the called function's name is added as `name`, which
  some templates print);
- the deprecated `functions` / `function_call` / role `function` keys, converted to tools / tool_calls / tool;
- `weight` (0 or 1) on assistant messages, returned beside the messages rather than passed to the template;
- `refusal` on an assistant message without content, used as its text.
"""

import json
from dataclasses import dataclass, field

ROLES = ("system", "developer", "user", "assistant", "tool", "function")
PART_SEPARATOR = "\n"


class FormatProblem(Exception):
    """Something at `path` (e.g. messages[2].content[1].type) that the format does not allow."""

    def __init__(self, path: str, message: str, code: str = "invalid_value"):
        super().__init__(f"{path} {message}")
        self.path = path
        self.message = message
        self.code = code  # OpenAI's error code for the same problem in a request: invalid_type or invalid_value


@dataclass
class Conversation:
    """Template-ready messages, with each message's loss weight (1 unless an assistant message says 0)."""

    messages: list[dict]
    weights: list[int]
    tools: list[dict] | None = None
    features: set[str] = field(default_factory=set)  # what the conversation uses, for messages about templates


def _type_name(value) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__
    )


def content_text(content, path: str) -> str:
    """A message's content as one string: text parts joined with a newline, null as the empty string."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise FormatProblem(path, f"must be a string, null or an array of text parts, not {_type_name(content)}", "invalid_type")
    texts = []
    for j, part in enumerate(content):
        where = f"{path}[{j}]"
        if not isinstance(part, dict):
            raise FormatProblem(where, f'must be an object such as {{"type": "text", "text": "..."}}, not {_type_name(part)}', "invalid_type")
        kind = part.get("type")
        if kind != "text":
            raise FormatProblem(
                f"{where}.type",
                f"is {kind!r}: only text parts can be used, because the runner trains and serves text-only models",
            )
        if not isinstance(part.get("text"), str):
            raise FormatProblem(f"{where}.text", "must be a string")
        texts.append(part["text"])
    return PART_SEPARATOR.join(texts)


def _arguments(value, path: str):
    if not isinstance(value, str):
        raise FormatProblem(path, f"must be JSON text (a string), not {_type_name(value)}", "invalid_type")
    try:
        return json.loads(value)
    except json.JSONDecodeError as err:
        raise FormatProblem(path, f"is not valid JSON text ({err.msg} at column {err.colno})") from None


def _function(value, path: str) -> dict:
    if not isinstance(value, dict):
        raise FormatProblem(path, f"must be an object with name and arguments, not {_type_name(value)}", "invalid_type")
    name = value.get("name")
    if not isinstance(name, str) or not name:
        raise FormatProblem(f"{path}.name", "must be a non-empty string")
    return {"name": name, "arguments": _arguments(value.get("arguments"), f"{path}.arguments")}


def _tool_calls(value, path: str) -> list[dict]:
    if not isinstance(value, list) or not value:
        raise FormatProblem(path, "must be a non-empty array of tool calls")
    calls = []
    for j, call in enumerate(value):
        where = f"{path}[{j}]"
        if not isinstance(call, dict):
            raise FormatProblem(where, f"must be an object, not {_type_name(call)}", "invalid_type")
        if not isinstance(call.get("id"), str) or not call["id"]:
            raise FormatProblem(f"{where}.id", "must be a non-empty string (tool messages answer it by tool_call_id)")
        if call.get("type", "function") != "function":
            raise FormatProblem(f"{where}.type", f"must be 'function', not {call.get('type')!r}")
        calls.append({"id": call["id"], "type": "function", "function": _function(call.get("function"), f"{where}.function")})
    return calls


def tools_list(tools, functions, path: str = "") -> list[dict] | None:
    """Top-level `tools` (OpenAI's format is also transformers'), or deprecated `functions` converted to tools."""
    prefix = f"{path}." if path else ""
    if tools is not None:
        if not isinstance(tools, list) or not all(isinstance(t, dict) for t in tools):
            raise FormatProblem(f"{prefix}tools", "must be an array of {type: function, function: {...}} objects")
        for j, tool in enumerate(tools):
            function = tool.get("function")
            if tool.get("type", "function") != "function" or not isinstance(function, dict):
                raise FormatProblem(f"{prefix}tools[{j}]", "must be {type: function, function: {name, parameters}}")
            if not isinstance(function.get("name"), str) or not function["name"]:
                raise FormatProblem(f"{prefix}tools[{j}].function.name", "must be a non-empty string")
        return tools or None
    if functions is not None:
        if not isinstance(functions, list) or not all(isinstance(f, dict) and isinstance(f.get("name"), str) for f in functions):
            raise FormatProblem(f"{prefix}functions", "must be an array of {name, parameters} objects")
        return [{"type": "function", "function": f} for f in functions] or None
    return None


def convert_messages(raw, path: str = "messages", *, developer_role: bool = False, allow_weight: bool = True,
                     call_names: dict[str, str] | None = None) -> Conversation:
    """Validates OpenAI messages and returns them template-ready.

    `developer_role`: keep role developer (for templates that know it); otherwise it becomes system, which is what
    OpenAI's models treat it as. `call_names` carries tool call ids -> function names across calls (a preference
    example's outputs answer calls made in its input).
    """
    if not isinstance(raw, list):
        raise FormatProblem(path, f"must be a non-empty array of messages, not {_type_name(raw)}", "invalid_type")
    if not raw:
        raise FormatProblem(path, "must be a non-empty array of messages")
    names = {} if call_names is None else call_names
    pending_functions: list[str] = []  # ids given to deprecated function_call turns, answered by role function
    messages, weights, features = [], [], set()
    for i, message in enumerate(raw):
        where = f"{path}[{i}]"
        if not isinstance(message, dict):
            raise FormatProblem(where, f"must be an object with a role and content, not {_type_name(message)}", "invalid_type")
        role = message.get("role")
        if role not in ROLES:
            raise FormatProblem(f"{where}.role", f"is {role!r}; expected one of {', '.join(ROLES)}")
        weight = message.get("weight", 1)
        if "weight" in message:
            if not allow_weight:
                raise FormatProblem(f"{where}.weight", "is not allowed here (weights belong to chat fine-tuning examples)")
            if role != "assistant" or weight not in (0, 1) or isinstance(weight, bool):
                raise FormatProblem(f"{where}.weight", "must be 0 or 1, and only on assistant messages")
        text = content_text(message.get("content"), f"{where}.content")
        out: dict = {"role": role, "content": text}
        if isinstance(message.get("name"), str) and role in ("system", "developer", "user", "assistant"):
            out["name"] = message["name"]
        if role == "developer":
            features.add("a developer message")
            out["role"] = "developer" if developer_role else "system"
        elif role == "system":
            features.add("a system message")
        elif role == "assistant":
            calls = None
            if message.get("tool_calls") is not None:
                calls = _tool_calls(message["tool_calls"], f"{where}.tool_calls")
            elif message.get("function_call") is not None:  # deprecated: one call, no id
                call_id = f"call_{len(names)}_{i}"
                calls = [{"id": call_id, "type": "function", "function": _function(message["function_call"], f"{where}.function_call")}]
                pending_functions.append(call_id)
            if not text and isinstance(message.get("refusal"), str):
                out["content"] = text = message["refusal"]
            if calls:
                features.add("tool calls" if len(calls) == 1 else "parallel tool calls")
                for call in calls:
                    if call["id"] in names:
                        raise FormatProblem(f"{where}.tool_calls", f"reuses the tool call id {call['id']!r}")
                    names[call["id"]] = call["function"]["name"]
                out["tool_calls"] = calls
            elif not text.strip() and weight == 1 and allow_weight:
                raise FormatProblem(where, "(assistant) is empty: give it content or tool_calls, or weight 0")
        elif role in ("tool", "function"):
            features.add("tool results")
            if role == "function":  # deprecated: answers the latest function_call by name
                name = message.get("name")
                call_id = next((c for c in reversed(pending_functions) if names.get(c) == name), None)
                if call_id is None:
                    raise FormatProblem(where, f"(function) answers {name!r}, which no earlier function_call called")
                pending_functions.remove(call_id)
            else:
                call_id = message.get("tool_call_id")
                if not isinstance(call_id, str) or call_id not in names:
                    raise FormatProblem(f"{where}.tool_call_id", f"is {call_id!r}, which no earlier assistant tool call has as its id")
            out = {"role": "tool", "content": text, "tool_call_id": call_id, "name": names[call_id]}
        messages.append(out)
        weights.append(int(weight) if role == "assistant" else 0)
    return Conversation(messages, weights, features=features)


def chat_example(row: dict, *, developer_role: bool = False) -> Conversation:
    """One line of an OpenAI chat fine-tuning file."""
    conversation = convert_messages(row.get("messages"), developer_role=developer_role)
    conversation.tools = tools_list(row.get("tools"), row.get("functions"))
    if conversation.tools:
        conversation.features.add("tools")
    if not any(w == 1 for w in conversation.weights):
        raise FormatProblem("messages", "has no assistant message with weight 1, so there is nothing to learn")
    return conversation


@dataclass
class PreferenceExample:
    prompt: Conversation
    chosen: list[dict]
    rejected: list[dict]


def preference_example(row: dict, *, developer_role: bool = False) -> PreferenceExample:
    """One line of an OpenAI preference (DPO) file: input.messages, preferred_output, non_preferred_output."""
    source = row.get("input")
    if not isinstance(source, dict):
        raise FormatProblem("input", f'must be an object such as {{"messages": [...]}}, not {_type_name(source)}', "invalid_type")
    names: dict[str, str] = {}
    prompt = convert_messages(source.get("messages"), "input.messages", developer_role=developer_role,
                              allow_weight=False, call_names=names)
    prompt.tools = tools_list(source.get("tools"), None, "input")
    if prompt.tools:
        prompt.features.add("tools")
    outputs = []
    for key in ("preferred_output", "non_preferred_output"):
        value = row.get(key)
        if not isinstance(value, list) or len(value) != 1:
            raise FormatProblem(key, "must be an array holding exactly one assistant message")
        output = convert_messages(value, key, allow_weight=False, call_names=dict(names))
        if output.messages[0]["role"] != "assistant":
            raise FormatProblem(f"{key}[0].role", f"is {output.messages[0]['role']!r}; the output must be an assistant message")
        if not output.messages[0]["content"].strip() and not output.messages[0].get("tool_calls"):
            raise FormatProblem(f"{key}[0]", "(assistant) is empty: give it content or tool_calls")
        prompt.features |= output.features
        outputs.append(output.messages)
    return PreferenceExample(prompt, outputs[0], outputs[1])
