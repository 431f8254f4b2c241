#!/usr/bin/env node
// The release's logic, in one place that the release workflow (.github/workflows/release.yml)
// calls and that test/release/release.test.ts runs locally, up to the point of publishing.
// It works on the current directory (a checkout of this repository) with Node alone.
//
//   node scripts/release.mjs prepare 1.2.3      before tagging: package.json to 1.2.3, the Unreleased
//                                               notes to "## [1.2.3] - <today>", dist/ rebuilt
//   node scripts/release.mjs check v1.2.3 [--branch origin/main] [--notes FILE]
//                                               the tag is vMAJOR.MINOR.PATCH, names the checked-out
//                                               commit (on the branch), package.json says 1.2.3,
//                                               CHANGELOG.md has its entry (written to FILE), and the
//                                               config schema's $id names the major tag (v1)
//   node scripts/release.mjs check-dist         dist/ is what `npm run build` writes from the source
//   node scripts/release.mjs plan v1.2.3        prints major-tag=v1 (or empty) and latest=true|false
//   node scripts/release.mjs pin-docs v1.2.3 SHA
//                                               docs/workflows/ use finetune-ci/finetune-ci@SHA # v1.2.3
//
// Exit codes: 0 done, 1 a check failed (the message says how to fix it), 2 a usage error.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { CHANGELOG, prepareChangelog, releaseNotes } from "./release/changelog.mjs";
import { checkDist } from "./release/dist.mjs";
import { allTags, checkTaggedCommit } from "./release/git.mjs";
import { pinAction } from "./release/pins.mjs";
import { ReleaseError, parseTag, parseVersion, releasePlan } from "./release/version.mjs";

const SELF = "finetune-ci/finetune-ci";
const DOC_WORKFLOWS = "docs/workflows";
const CONFIG_SCHEMA = "schemas/config.schema.json";
const USAGE = "usage: node scripts/release.mjs prepare VERSION | check TAG [--branch REF] [--notes FILE] | check-dist | plan TAG | pin-docs TAG SHA";

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

function readChangelog() {
  try {
    return readFileSync(CHANGELOG, "utf8");
  } catch {
    throw new ReleaseError(`no ${CHANGELOG} in ${process.cwd()}: run this from the repository root`);
  }
}
const writeJson = (file, value) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

/** Options after the positional arguments: --name value. */
function options(args, allowed) {
  const out = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i]?.replace(/^--/, "");
    if (!allowed.includes(name) || args[i + 1] === undefined) throw new UsageError(`unknown or incomplete option ${args[i]}\n${USAGE}`);
    out[name] = args[i + 1];
  }
  return out;
}

class UsageError extends Error {}

function prepare(version) {
  const release = parseVersion(version);
  const today = new Date().toISOString().slice(0, 10);
  writeFileSync(CHANGELOG, prepareChangelog(readChangelog(), release.version, today));
  const pkg = readJson("package.json");
  writeJson("package.json", { ...pkg, version: release.version });
  const lock = readJson("package-lock.json");
  lock.version = release.version;
  if (lock.packages?.[""]) lock.packages[""].version = release.version;
  writeJson("package-lock.json", lock);
  // The version is bundled (the report's tool.version), so dist/ changes with it.
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
  console.log(`Prepared ${release.version}: review CHANGELOG.md, then commit package.json, package-lock.json, CHANGELOG.md and dist/, merge, and tag the merged commit ${release.tag}.`);
}

/**
 * The config schema's $id names the major tag its release is served under (editors fetch it from
 * there), so a new major must move it: a 2.0.0 release whose schema still says v1 is refused.
 * 0.x releases predate the promise and are not checked.
 */
function checkSchemaMajor(release) {
  if (release.major === 0) return;
  const id = readJson(CONFIG_SCHEMA).$id ?? "";
  if (!id.includes(`/${release.majorTag}/`)) {
    throw new ReleaseError(`${CONFIG_SCHEMA}: $id is ${id}, which does not name ${release.majorTag}: a ${release.version} release serves its schema under /${release.majorTag}/ (change the $id, and raise "version" in the schema if the config format changed)`);
  }
}

function check(tag, opts) {
  const release = parseTag(tag);
  const pkg = readJson("package.json");
  if (pkg.version !== release.version) {
    throw new ReleaseError(`package.json says version ${pkg.version}, but the tag is ${tag}: run "node scripts/release.mjs prepare ${release.version}", commit, and tag that commit`);
  }
  const notes = releaseNotes(readChangelog(), release.version);
  checkSchemaMajor(release);
  const commit = checkTaggedCommit(process.cwd(), tag, opts.branch);
  if (opts.notes) writeFileSync(opts.notes, `${notes}\n`);
  console.log(`${tag} at ${commit}: package.json ${pkg.version}, ${CHANGELOG} entry of ${notes.split("\n").filter((l) => /^\s*[-*] /.test(l)).length} changes${opts.branch ? `, on ${opts.branch}` : ""}.`);
}

function pinDocs(tag, sha) {
  parseTag(tag);
  if (!/^[0-9a-f]{40}$/.test(sha ?? "")) throw new UsageError(`"${sha}" is not a full commit SHA (40 hex digits)\n${USAGE}`);
  for (const file of readdirSync(DOC_WORKFLOWS).filter((f) => f.endsWith(".yml"))) {
    const path = `${DOC_WORKFLOWS}/${file}`;
    const text = readFileSync(path, "utf8");
    const pinned = pinAction(text, SELF, sha, tag);
    if (pinned !== text) {
      writeFileSync(path, pinned);
      console.log(`${path}: ${SELF}@${sha} # ${tag}`);
    }
  }
}

function main([command, ...args]) {
  switch (command) {
    case "prepare":
      if (args.length !== 1) throw new UsageError(USAGE);
      return prepare(args[0]);
    case "check":
      if (args.length < 1) throw new UsageError(USAGE);
      return check(args[0], options(args.slice(1), ["branch", "notes"]));
    case "check-dist":
      checkDist(process.cwd());
      return console.log("dist/ matches the source.");
    case "plan": {
      if (args.length !== 1) throw new UsageError(USAGE);
      const plan = releasePlan(args[0], allTags(process.cwd()));
      return console.log(`major-tag=${plan.majorTag}\nlatest=${plan.latest}`);
    }
    case "pin-docs":
      if (args.length !== 2) throw new UsageError(USAGE);
      return pinDocs(args[0], args[1]);
    default:
      throw new UsageError(USAGE);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ReleaseError) {
    console.error(`release: ${error.message}`);
    process.exit(1);
  }
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
