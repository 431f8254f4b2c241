// `uses:` references in workflow files: every one is pinned to a full commit SHA with the version
// in a comment (`owner/repo@<40 hex> # v1.2.3`), because tags and branches can be moved.
const USES = /^(\s*(?:-\s+)?uses:\s*)(["']?)([^@\s"'#]+)@([^\s"'#]+)\2(?:\s+#\s*(\S+))?(.*)$/;

/** Every remote `uses:` of a workflow file (local `./` ones are not pinned: they are this repository). */
export function usesOf(text) {
  return text.split("\n").flatMap((line, i) => {
    const m = USES.exec(line);
    return m ? [{ line: i + 1, action: m[3], ref: m[4], version: m[5] }] : [];
  });
}

export const isPinned = (use) => /^[0-9a-f]{40}$/.test(use.ref) && /^v\d+(\.\d+){0,2}$/.test(use.version ?? "");

/**
 * Points a repository's action at one release's commit, with its tag as the comment: every
 * `uses: ACTION@...`, and the `ref:` of an actions/checkout step whose `repository:` is ACTION.
 */
export function pinAction(text, action, sha, tag) {
  const lines = text.split("\n");
  let checkoutIndent = -1; // indentation of the `repository: ACTION` key of the step being read
  return lines
    .map((line) => {
      const m = USES.exec(line);
      if (m && m[3] === action) return `${m[1]}${action}@${sha} # ${tag}`;
      const key = /^(\s*)([\w-]+):/.exec(line);
      if (key && key[2] === "repository" && line.trim() === `repository: ${action}`) checkoutIndent = key[1].length;
      else if (key && key[1].length < checkoutIndent) checkoutIndent = -1;
      else if (key && key[1].length === checkoutIndent && key[2] === "ref") return `${key[1]}ref: ${sha} # ${tag}`;
      return line;
    })
    .join("\n");
}
