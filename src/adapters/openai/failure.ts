// A failed request to an OpenAI-compatible endpoint as a plain value: flows decide what to retry,
// count and report without importing the SDK's error classes.
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";

export type ApiFailureKind =
  /** The server answered with an error status. */
  | "http"
  /** No answer: refused, reset, DNS. */
  | "connection"
  /** No answer within the client's timeout. */
  | "timeout"
  /** The caller's abort signal stopped it. */
  | "aborted"
  /** An answer that is not the JSON the API promises. */
  | "invalid-response"
  | "other";

export interface ApiFailure {
  kind: ApiFailureKind;
  /** HTTP status, for kind "http". */
  status: number | null;
  /** The API's error code ("rate_limit_exceeded", "model_not_found"), when the body gave one. */
  code: string | null;
  /** The API's error type ("invalid_request_error"), when the body gave one. */
  type: string | null;
  message: string;
  /** From retry-after-ms, or retry-after in seconds or as an HTTP date; null when the server set neither. */
  retryAfterMs: number | null;
  /** Worth another attempt: 408, 409, 429, 5xx, a connection error or a timeout. */
  retryable: boolean;
  requestId: string | null;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

/** Runs one request; an SDK error becomes a failure value, anything else is thrown on. */
export async function callApi<T>(request: () => Promise<T>): Promise<ApiResult<T>> {
  try {
    return { ok: true, value: await request() };
  } catch (error) {
    const failure = apiFailure(error);
    if (failure.kind === "other") throw error;
    return { ok: false, failure };
  }
}

export function apiFailure(error: unknown, now = Date.now()): ApiFailure {
  const base = { status: null, code: null, type: null, retryAfterMs: null, requestId: null };
  if (error instanceof APIUserAbortError) return { ...base, kind: "aborted", message: "the request was aborted", retryable: false };
  if (error instanceof APIConnectionTimeoutError) return { ...base, kind: "timeout", message: "no answer within the request timeout", retryable: true };
  if (error instanceof APIConnectionError) return { ...base, kind: "connection", message: connectionMessage(error), retryable: true };
  if (error instanceof APIError && typeof error.status === "number") {
    const body = (error.error ?? {}) as { message?: unknown };
    const status = error.status;
    return {
      kind: "http",
      status,
      code: error.code ?? null,
      type: error.type ?? null,
      message: typeof body.message === "string" && body.message ? body.message : error.message,
      retryAfterMs: retryAfterMs(error.headers, now),
      retryable: status === 408 || status === 409 || status === 429 || status >= 500,
      requestId: error.requestID ?? null,
    };
  }
  if (error instanceof SyntaxError) return { ...base, kind: "invalid-response", message: `the answer is not valid JSON: ${error.message}`, retryable: false };
  return { ...base, kind: "other", message: error instanceof Error ? error.message : String(error), retryable: false };
}

function retryAfterMs(headers: Headers | undefined, now: number): number | null {
  const ms = Number.parseFloat(headers?.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get("retry-after");
  if (!value) return null;
  const seconds = Number.parseFloat(value);
  if (/^\s*\d+(\.\d+)?\s*$/.test(value) && Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function connectionMessage(error: APIConnectionError): string {
  const cause = (error as { cause?: { message?: string; code?: string; cause?: { code?: string; message?: string } } }).cause;
  const detail = cause?.cause?.code ?? cause?.code ?? cause?.cause?.message ?? cause?.message;
  return detail ? `could not connect: ${detail}` : "could not connect";
}
