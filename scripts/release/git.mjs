// The git facts a release depends on, read from the checkout the release workflow made.
import { execFileSync } from "node:child_process";
import { ReleaseError } from "./version.mjs";

function git(cwd, ...args) {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

export function allTags(cwd) {
  return git(cwd, "tag", "--list").split("\n").filter(Boolean);
}

/**
 * The tag names the commit that is checked out (so the checks ran on what will be published), and
 * that commit is on `branch` (so a release is always reviewed, merged code, never a side branch).
 */
export function checkTaggedCommit(cwd, tag, branch) {
  let tagged;
  try {
    tagged = git(cwd, "rev-parse", "--verify", "--quiet", `refs/tags/${tag}^{commit}`);
  } catch {
    throw new ReleaseError(`there is no tag ${tag} in this checkout: create it (git tag ${tag}) or fetch the tags (git fetch --tags)`);
  }
  const head = git(cwd, "rev-parse", "HEAD");
  if (tagged !== head) throw new ReleaseError(`${tag} is ${tagged}, but the checkout is at ${head}: check out the tag before checking it`);
  if (branch === undefined) return tagged;
  try {
    git(cwd, "rev-parse", "--verify", "--quiet", `${branch}^{commit}`);
  } catch {
    throw new ReleaseError(`there is no branch ${branch} in this checkout to check ${tag} against (fetch it, or fetch with fetch-depth: 0)`);
  }
  try {
    git(cwd, "merge-base", "--is-ancestor", tagged, branch);
  } catch {
    throw new ReleaseError(`${tag} (${tagged.slice(0, 12)}) is not on ${branch}: releases are cut from merged commits only. Delete the tag and tag a commit of ${branch}.`);
  }
  return tagged;
}
