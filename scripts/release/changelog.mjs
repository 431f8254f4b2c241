// CHANGELOG.md in the Keep a Changelog form (https://keepachangelog.com/en/1.1.0/): an
// "Unreleased" section on top, then one section per release, newest first, each with the
// subsections Added, Changed, Deprecated, Removed, Fixed and Security, and link references at the
// bottom. The release workflow takes a release's notes from here, so a tag without an entry fails.
import { ReleaseError, compareVersions, parseVersion } from "./version.mjs";

export const CHANGELOG = "CHANGELOG.md";
const KINDS = ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"];
const RELEASE_HEADING = /^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/;
const UNRELEASED_HEADING = "## [Unreleased]";
const LINK = /^\[([^\]]+)\]: (\S+)$/;

function isDate(text) {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/**
 * The sections of a changelog, checked against the form: known headings, real dates, releases
 * newest first, known subsection names. Errors name the line and the fix.
 */
export function parseChangelog(text) {
  const lines = text.split("\n");
  const sections = [];
  const links = new Map();
  let current;
  lines.forEach((line, i) => {
    const at = `${CHANGELOG}:${i + 1}`;
    if (line.startsWith("## ")) {
      const m = RELEASE_HEADING.exec(line);
      if (line === UNRELEASED_HEADING) {
        if (sections.length > 0) throw new ReleaseError(`${at}: "## [Unreleased]" must be the first section, above every release`);
        current = { name: "Unreleased", line: i + 1, body: [] };
      } else if (m) {
        if (!isDate(m[2])) throw new ReleaseError(`${at}: ${m[2]} is not a date (YYYY-MM-DD)`);
        parseVersion(m[1]);
        current = { name: m[1], version: m[1], date: m[2], line: i + 1, body: [] };
      } else {
        throw new ReleaseError(`${at}: "${line}" is not a changelog section: write "## [Unreleased]" or "## [1.2.3] - YYYY-MM-DD"`);
      }
      const previous = sections.at(-1);
      if (previous?.version && current.version && compareVersions(parseVersion(previous.version), parseVersion(current.version)) <= 0) {
        throw new ReleaseError(`${at}: ${current.version} is listed below ${previous.version}: releases go newest first`);
      }
      sections.push(current);
      return;
    }
    const link = LINK.exec(line);
    if (link) {
      links.set(link[1], link[2]);
      current = undefined; // link references close the last section
      return;
    }
    if (line.startsWith("### ") && current && !KINDS.includes(line.slice(4).trim())) {
      throw new ReleaseError(`${at}: "${line}" is not a Keep a Changelog subsection: use one of ${KINDS.map((k) => `### ${k}`).join(", ")}`);
    }
    current?.body.push(line);
  });
  if (!sections.some((s) => s.name === "Unreleased")) throw new ReleaseError(`${CHANGELOG}: no "## [Unreleased]" section; put one above the releases, for changes not released yet`);
  return { sections: sections.map((s) => ({ ...s, body: s.body.join("\n").trim() })), links };
}

const hasEntries = (body) => /^\s*[-*] \S/m.test(body);

/** The notes of one release: its section's text, without the heading. */
export function releaseNotes(text, version) {
  const section = parseChangelog(text).sections.find((s) => s.version === version);
  if (!section) {
    throw new ReleaseError(
      `${CHANGELOG} has no entry for ${version}: before tagging, run "node scripts/release.mjs prepare ${version}" ` +
        `(it moves the notes under "## [Unreleased]" to "## [${version}] - <today>"), commit, and tag that commit.`,
    );
  }
  if (!hasEntries(section.body)) throw new ReleaseError(`${CHANGELOG}:${section.line}: the entry for ${version} lists no changes; add them as "- ..." lines under ### Added, ### Fixed, ...`);
  return section.body;
}

/**
 * Turns the Unreleased notes into the entry of `version`, dated `date`, and updates the link
 * references: the base URL is taken from the existing [Unreleased] link.
 */
export function prepareChangelog(text, version, date) {
  const { sections, links } = parseChangelog(text);
  const unreleased = sections.find((s) => s.name === "Unreleased");
  if (sections.some((s) => s.version === version)) throw new ReleaseError(`${CHANGELOG} already has an entry for ${version}`);
  const previous = sections.find((s) => s.version);
  if (previous && compareVersions(parseVersion(version), parseVersion(previous.version)) <= 0) {
    throw new ReleaseError(`${version} is not newer than ${previous.version}, the last release in ${CHANGELOG}`);
  }
  if (!hasEntries(unreleased.body)) throw new ReleaseError(`${CHANGELOG}:${unreleased.line}: nothing under "## [Unreleased]" to release; list the changes there first`);
  const base = /^(https:\/\/\S+?)\/(?:compare|commits|releases)\//.exec(links.get("Unreleased") ?? "")?.[1];
  if (!base) throw new ReleaseError(`${CHANGELOG}: no "[Unreleased]: https://github.com/OWNER/REPO/compare/..." link at the bottom; add one so the release links can be written`);

  const lines = text.split("\n");
  const at = lines.indexOf(UNRELEASED_HEADING);
  const end = lines.findIndex((line, i) => i > at && (line.startsWith("## ") || LINK.test(line)));
  const entry = lines.slice(at + 1, end === -1 ? lines.length : end);
  while (entry.length > 0 && entry.at(-1).trim() === "") entry.pop();
  const linked = (line) => LINK.exec(line)?.[1];
  const rest = lines.slice(end === -1 ? lines.length : end).filter((line) => linked(line) !== "Unreleased");
  while (rest.length > 0 && rest.at(-1).trim() === "") rest.pop();
  const newLinks = [
    `[Unreleased]: ${base}/compare/v${version}...HEAD`,
    previous ? `[${version}]: ${base}/compare/v${previous.version}...v${version}` : `[${version}]: ${base}/releases/tag/v${version}`,
  ];
  const firstLink = rest.findIndex((line) => LINK.test(line));
  if (firstLink === -1) rest.push(...newLinks);
  else rest.splice(firstLink, 0, ...newLinks);
  return [...lines.slice(0, at + 1), "", `## [${version}] - ${date}`, ...entry, "", ...rest, ""].join("\n");
}
