// Release tags and versions: what a release tag looks like, and which major tag a release moves.

/** A usage or release problem a maintainer can fix: the message says what and how. */
export class ReleaseError extends Error {
  constructor(message) {
    super(message);
    this.name = "ReleaseError";
  }
}

const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * Parses a release tag, `vMAJOR.MINOR.PATCH` (semantic versioning, no leading zeros). Pre-releases
 * and build metadata are refused: users pin to a major tag, which only ever moves to a release.
 */
export function parseTag(tag) {
  const m = TAG.exec(tag);
  if (!m) {
    throw new ReleaseError(
      `"${tag}" is not a release tag: expected vMAJOR.MINOR.PATCH, such as v1.2.3 (no leading zeros, no pre-release or build suffix). ` +
        `Delete it (git push --delete origin ${tag}) and push a tag such as v1.2.3.`,
    );
  }
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
  return { tag, version: `${major}.${minor}.${patch}`, major, minor, patch, majorTag: `v${major}` };
}

/** Parses a bare version (1.2.3), as `prepare` takes it. */
export function parseVersion(version) {
  if (!TAG.test(`v${version}`)) throw new ReleaseError(`"${version}" is not a version: expected MAJOR.MINOR.PATCH, such as 1.2.3`);
  return parseTag(`v${version}`);
}

export function compareVersions(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/**
 * What publishing `tag` moves, given every tag in the repository: the major tag (v1) moves only
 * when this is the highest release of that major (a patch to an older minor does not pull v1
 * back), and the release is GitHub's "latest" only when it is the highest release of all.
 */
export function releasePlan(tag, allTags) {
  const release = parseTag(tag);
  const releases = allTags.filter((t) => TAG.test(t)).map(parseTag);
  const newest = (list) => list.every((other) => compareVersions(release, other) >= 0);
  return {
    version: release.version,
    majorTag: newest(releases.filter((r) => r.major === release.major)) ? release.majorTag : "",
    latest: newest(releases),
  };
}
