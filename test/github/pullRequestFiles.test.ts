import { afterEach, describe, expect, it } from "vitest";
import { changedDatasetFiles, readFileAt } from "../../src/adapters/github/pullRequestFiles.js";
import { pathMatcher } from "../../src/adapters/files/files.js";
import { OWNER, REPO, startGitHub, type GitHubFixture } from "../support/githubFixture.js";
import type { GitRepository } from "../support/gitRepository.js";

const PR = 12;
const DATASETS = ["data/**/*.jsonl"];
const EXAMPLE = (n: number) => `{"messages":[{"role":"user","content":"q${n}"},{"role":"assistant","content":"a${n}"}]}\n`;

let github: GitHubFixture;
afterEach(async () => {
  expect(github.standIn.violations).toEqual([]);
  await github.close();
});

/** main holds the datasets; the pull request's branch changes them in every way git can. */
function datasetChanges(repository: GitRepository) {
  const base = repository.commit({
    "data/train.jsonl": EXAMPLE(1),
    "data/legacy.jsonl": EXAMPLE(2).repeat(5),
    "data/obsolete.jsonl": EXAMPLE(3),
    "data/archived.jsonl": EXAMPLE(4).repeat(5),
    "README.md": "# data\n",
  });
  repository.checkout("feature", true);
  repository.move("data/legacy.jsonl", "data/v2/legacy.jsonl");
  repository.move("data/archived.jsonl", "attic/archived.jsonl");
  const head = repository.commit({
    "data/train.jsonl": EXAMPLE(1) + EXAMPLE(5),
    "data/obsolete.jsonl": null,
    "data/new.jsonl": new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x0a]),
    "README.md": "# data, v2\n",
    "src/app.ts": "export {};\n",
  });
  return { [PR]: { base, head } };
}

const query = (patterns = DATASETS) => ({ owner: OWNER, repo: REPO, pullNumber: PR, isDataset: pathMatcher(patterns) });

describe("changedDatasetFiles", () => {
  it("lists the dataset files a pull request adds, modifies, renames and removes, and nothing else", async () => {
    github = await startGitHub(datasetChanges);
    const { files, incompleteListing } = await changedDatasetFiles(github.octokit, query());
    expect(incompleteListing).toBeUndefined();
    expect(files).toEqual(
      expect.arrayContaining([
        { path: "data/train.jsonl", status: "modified" },
        { path: "data/obsolete.jsonl", status: "removed" },
        { path: "data/new.jsonl", status: "added" },
        { path: "data/v2/legacy.jsonl", previousPath: "data/legacy.jsonl", status: "renamed" },
      ]),
    );
    expect(files).toHaveLength(5);
  });

  it("keeps a dataset renamed out of the patterns: its examples left the dataset", async () => {
    github = await startGitHub(datasetChanges);
    const { files } = await changedDatasetFiles(github.octokit, query());
    expect(files).toContainEqual({ path: "attic/archived.jsonl", previousPath: "data/archived.jsonl", status: "renamed" });
  });

  it("matches several patterns", async () => {
    github = await startGitHub(datasetChanges);
    const { files } = await changedDatasetFiles(github.octokit, query(["data/new.jsonl", "**/*.md"]));
    expect(files.map((f) => f.path).sort()).toEqual(["README.md", "data/new.jsonl"]);
  });

  it("reads every page of a large pull request, 100 files a request", async () => {
    github = await startGitHub((repository) => {
      const base = repository.commit({ "README.md": "x\n" });
      const added = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`data/shard-${String(i).padStart(3, "0")}.jsonl`, EXAMPLE(i)]));
      const head = repository.commitObjectsOnly({ ...added, "notes.txt": "not a dataset\n" });
      return { [PR]: { base, head } };
    });
    const { files } = await changedDatasetFiles(github.octokit, query());
    expect(files).toHaveLength(250);
    expect(new Set(files.map((f) => f.path)).size).toBe(250);
    const pages = github.standIn.requests.filter((r) => r.route === "/repos/{owner}/{repo}/pulls/{pull_number}/files");
    expect(pages.map((r) => r.query)).toEqual([
      { per_page: "100" },
      { per_page: "100", page: "2" },
      { per_page: "100", page: "3" },
    ]);
  });

  it("says so when GitHub's 3,000-file listing cap hides part of the pull request", async () => {
    github = await startGitHub((repository) => {
      const base = repository.commit({ "README.md": "x\n" });
      const added = Object.fromEntries(Array.from({ length: 3001 }, (_, i) => [`data/s${i}.jsonl`, `${i}\n`]));
      return { [PR]: { base, head: repository.commitObjectsOnly(added) } };
    });
    const { files, incompleteListing } = await changedDatasetFiles(github.octokit, query());
    expect(files).toHaveLength(3000);
    expect(incompleteListing).toMatch(/first 3,000 files/);
  });
});

describe("readFileAt", () => {
  it("reads a file's exact bytes at the base and at the head of the pull request", async () => {
    github = await startGitHub(datasetChanges);
    const [base, head] = ["main", "feature"].map((ref) => github.repository.git(["rev-parse", ref]).toString().trim());
    const at = (path: string, ref: string) => readFileAt(github.octokit, { owner: OWNER, repo: REPO, path, ref: ref! });
    expect(new TextDecoder().decode(await at("data/train.jsonl", base!))).toBe(EXAMPLE(1));
    expect(new TextDecoder().decode(await at("data/train.jsonl", head!))).toBe(EXAMPLE(1) + EXAMPLE(5));
    // Bytes that are not UTF-8 arrive untouched, so the engine can report them.
    expect(await at("data/new.jsonl", head!)).toEqual(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x0a]));
  });

  it("asks for the raw media type, not base64 JSON", async () => {
    github = await startGitHub(datasetChanges);
    await readFileAt(github.octokit, { owner: OWNER, repo: REPO, path: "data/train.jsonl", ref: "main" });
    const [request] = github.standIn.requests;
    expect(request!.headers.accept).toBe("application/vnd.github.v3.raw");
    expect(request!.query).toEqual({ ref: "main" });
  });

  it("returns undefined for a file that does not exist at that ref", async () => {
    github = await startGitHub(datasetChanges);
    expect(await readFileAt(github.octokit, { owner: OWNER, repo: REPO, path: "data/new.jsonl", ref: "main" })).toBeUndefined();
    expect(await readFileAt(github.octokit, { owner: OWNER, repo: REPO, path: "data/obsolete.jsonl", ref: "feature" })).toBeUndefined();
  });

  it("refuses a directory instead of returning its listing as file bytes", async () => {
    github = await startGitHub(datasetChanges);
    await expect(readFileAt(github.octokit, { owner: OWNER, repo: REPO, path: "data", ref: "main" })).rejects.toThrow(/is a directory/);
  });
});
