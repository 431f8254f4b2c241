// What a failed GitHub request means for the user. Octokit's RequestError is not a declared
// dependency of this project, so errors are recognised by shape (an Error with a numeric status).

/** A failed request's HTTP status, or undefined for anything that is not one. */
export function httpStatus(error: unknown): number | undefined {
  return error instanceof Error && "status" in error && typeof error.status === "number" ? error.status : undefined;
}

/**
 * GitHub refused the token: 403 (and, where GitHub hides what the token may not see, 404). A rate
 * limit that outlasted the retries is a 403 too, but it is not about permissions.
 */
export function isPermissionDenied(error: unknown, statuses: readonly number[] = [403]): error is Error & { status: number } {
  const status = httpStatus(error);
  return status !== undefined && statuses.includes(status) && !/rate limit/i.test((error as Error).message);
}

/**
 * The fix for a missing permission, as the line to add to the workflow: a job's GITHUB_TOKEN gets
 * only what the workflow's (or the job's) `permissions:` block names once the block exists.
 */
export function permissionFix(permission: string): string {
  return `add \`${permission}\` to the workflow's (or the job's) \`permissions:\` block, e.g.\n  permissions:\n    ${permission}`;
}

/** A URL as it may appear in a log: signed query strings (SAS tokens, signatures) removed. */
export function withoutQuery(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.search = "";
    return parsed.toString();
  } catch {
    return "(an unparsable URL)";
  }
}
