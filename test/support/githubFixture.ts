// One stand-in GitHub, its git repository and a client pointed at it, torn down after each test.
import { createOctokit, type GitHubClient } from "../../src/adapters/github/octokit.js";
import { createGitRepository, type GitRepository } from "./gitRepository.js";
import { GitHubStandIn, type PullRequestSpec } from "./githubStandIn.js";

export const OWNER = "acme";
export const REPO = "assistant-data";
/** The token the client sends and the stand-in requires. */
export const TOKEN = "ghs_stand-in";

export interface GitHubFixture {
  repository: GitRepository;
  standIn: GitHubStandIn;
  octokit: GitHubClient;
  warnings: string[];
  close(): Promise<void>;
}

/**
 * `build` makes the repository's commits and returns the pull requests to serve; the default is
 * one pull request, #7, with nothing changed.
 */
export async function startGitHub(build?: (repository: GitRepository) => Record<number, PullRequestSpec>): Promise<GitHubFixture> {
  const repository = createGitRepository();
  let pulls: Record<number, PullRequestSpec>;
  if (build) {
    pulls = build(repository);
  } else {
    repository.commit({ "README.md": "data\n" }, "initial");
    pulls = { 7: { base: "main", head: "main" } };
  }
  const standIn = await GitHubStandIn.start({ repository, owner: OWNER, repo: REPO, pulls, token: TOKEN });
  const warnings: string[] = [];
  const octokit = createOctokit({
    token: TOKEN,
    baseUrl: standIn.url,
    log: { debug() {}, info() {}, warn: (message) => warnings.push(message), error: (message) => warnings.push(message) },
    retryUnitMs: 1,
    paceWrites: false,
  });
  return {
    repository,
    standIn,
    octokit,
    warnings,
    async close() {
      await standIn.stop();
      repository.remove();
    },
  };
}
