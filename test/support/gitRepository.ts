// A real git repository in a temp dir, so the GitHub stand-in serves diffs and file contents the
// way git computes them rather than from hand-written fixtures.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** File path → new content; null deletes the file. */
export type FileChanges = Record<string, string | Uint8Array | null>;

export interface GitRepository {
  dir: string;
  git(args: string[]): Buffer;
  /** Commits the changes on the current branch and returns the new commit's SHA. */
  commit(changes: FileChanges, message?: string): string;
  /**
   * Commits through `git fast-import`, without writing the work tree: thousands of files in a
   * blink where writing and adding them takes seconds. The work tree and index are left behind,
   * so make this the last commit on its branch.
   */
  commitObjectsOnly(changes: FileChanges, message?: string): string;
  /** Moves a file with `git mv`, so a following commit records a rename. */
  move(from: string, to: string): void;
  /** Creates (or switches to) a branch. */
  checkout(branch: string, create?: boolean): void;
  remove(): void;
}

const IDENTITY = {
  GIT_AUTHOR_NAME: "Stand-in",
  GIT_AUTHOR_EMAIL: "stand-in@example.com",
  GIT_COMMITTER_NAME: "Stand-in",
  GIT_COMMITTER_EMAIL: "stand-in@example.com",
};

export function createGitRepository(): GitRepository {
  const dir = mkdtempSync(join(tmpdir(), "finetune-ci-git-"));
  // The user's global git configuration (hooks, signing, templates) must not leak into tests.
  const env = { ...process.env, ...IDENTITY, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" };
  const git = (args: string[]) => execFileSync("git", args, { cwd: dir, env, maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "pipe"] });
  git(["init", "--quiet", "--initial-branch=main"]);
  return {
    dir,
    git,
    commit(changes, message = "change") {
      for (const [path, content] of Object.entries(changes)) {
        const full = join(dir, path);
        if (content === null) {
          rmSync(full);
          continue;
        }
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
      git(["add", "--all", "."]);
      git(["commit", "--quiet", "--allow-empty", "-m", message]);
      return git(["rev-parse", "HEAD"]).toString().trim();
    },
    commitObjectsOnly(changes, message = "change") {
      const branch = git(["symbolic-ref", "HEAD"]).toString().trim();
      const parent = git(["rev-parse", "HEAD"]).toString().trim();
      const data = (content: string | Uint8Array) => {
        const bytes = Buffer.from(content);
        return [Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from("\n")];
      };
      const stream: Buffer[] = [
        Buffer.from(`commit ${branch}\ncommitter ${IDENTITY.GIT_COMMITTER_NAME} <${IDENTITY.GIT_COMMITTER_EMAIL}> ${Math.floor(Date.now() / 1000)} +0000\n`),
        ...data(message),
        Buffer.from(`from ${parent}\n`),
      ];
      for (const [path, content] of Object.entries(changes)) {
        stream.push(...(content === null ? [Buffer.from(`D ${path}\n`)] : [Buffer.from(`M 100644 inline ${path}\n`), ...data(content)]));
      }
      execFileSync("git", ["fast-import", "--quiet", "--force"], { cwd: dir, env, input: Buffer.concat(stream), stdio: ["pipe", "pipe", "pipe"] });
      return git(["rev-parse", branch]).toString().trim();
    },
    move(from, to) {
      mkdirSync(dirname(join(dir, to)), { recursive: true });
      git(["mv", from, to]);
    },
    checkout(branch, create = false) {
      git(create ? ["checkout", "--quiet", "-b", branch] : ["checkout", "--quiet", branch]);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
