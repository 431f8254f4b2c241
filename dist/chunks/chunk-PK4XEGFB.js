import { createRequire as __finetuneCiCreateRequire } from "node:module"; const require = __finetuneCiCreateRequire(import.meta.url);
import {
  InputError,
  codeBlock,
  expandPaths,
  fileIdentity,
  glob,
  inlineText,
  linkTo,
  markdownFooter,
  markdownHeading,
  pathMatcher,
  textHeading,
  urlPath,
  verdictLine
} from "./chunk-H7JS3Q3O.js";

// package.json
var package_default = {
  name: "finetune-ci",
  version: "0.1.0",
  private: true,
  description: "Fine-tuning in pull requests: dataset review, merge-triggered training (OpenAI or self-hosted LoRA/QLoRA), eval regression gating.",
  license: "MIT",
  type: "module",
  bin: {
    "finetune-ci": "dist/cli.js"
  },
  scripts: {
    build: "node scripts/build.mjs",
    start: 'node dist/cli.js validate --config examples/support/finetune-ci.yml || echo "(exit code $?: the example dataset has deliberate defects, listed in examples/support/README.md)"',
    typecheck: "tsc -p .",
    test: "bash scripts/test-all.sh",
    "test:node": "vitest run",
    "test:python": "bash self-hosted-runner/run-tests.sh",
    bench: "node scripts/build-bench.mjs && node --expose-gc .bench/bench.js"
  },
  devDependencies: {
    "@octokit/openapi": "^23.0.2",
    "@types/node": "^24.19.4",
    "@types/picomatch": "^4.0.3",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    marked: "^18.2.1",
    mermaid: "^11.17.2",
    node: "^24.21.0",
    "playwright-core": "^1.65.1",
    tiktoken: "^1.0.22",
    "ts-json-schema-generator": "^2.4.0",
    typescript: "^5.9.3",
    vitest: "^4.1.12"
  },
  dependencies: {
    "@actions/artifact": "^6.2.1",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    ajv: "^8.20.0",
    "gpt-tokenizer": "^4.0.0",
    "markdown-table": "^3.1.0",
    openai: "^6.49.0",
    picomatch: "^4.0.7",
    tinyglobby: "^0.2.17",
    yaml: "^2.9.1"
  },
  allowScripts: {
    esbuild: true,
    node: true
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/adapters/files/findJsonlFiles.ts
import { execFile } from "node:child_process";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";

// src/core/dataset/fileNames.ts
var HOLDOUT_WORDS = ["holdout", "eval", "valid", "val", "test"];
var HOLDOUT_TOKENS = /* @__PURE__ */ new Set(["holdout", "heldout", "eval", "evals", "evaluation", "valid", "validation", "val", "test", "tests"]);
function isDatasetCandidate(path) {
  if (!/\.jsonl$/i.test(path)) return false;
  return !path.split("/").some((part) => part === "node_modules" || part === ".git");
}
function pathWords(path) {
  return path.replace(/\.jsonl$/i, "").split(/[^A-Za-z0-9]+/).flatMap((part) => part.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/)).map((word) => word.toLowerCase()).filter(Boolean);
}
function roleByName(path) {
  return pathWords(path).some((word) => HOLDOUT_TOKENS.has(word)) ? "holdout" : "train";
}

// src/adapters/files/findJsonlFiles.ts
async function findJsonlFiles(cwd) {
  const listed = await gitFiles(cwd);
  if (listed) return { foundBy: "git", paths: (await onlyFiles(listed.filter(isDatasetCandidate), cwd)).sort() };
  const walked = await glob("**/*.[jJ][sS][oO][nN][lL]", { cwd, onlyFiles: true, dot: true, followSymbolicLinks: false, expandDirectories: false, ignore: ["**/node_modules/**", "**/.git/**"] });
  return { foundBy: "folder", paths: walked.filter(isDatasetCandidate).sort() };
}
function gitFiles(cwd) {
  return new Promise((resolve3) => {
    execFile("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd, maxBuffer: 1 << 28, encoding: "buffer" }, (error, stdout) => {
      if (error) return resolve3(void 0);
      resolve3([...new Set(stdout.toString("utf8").split("\0").filter(Boolean))]);
    });
  });
}
async function onlyFiles(paths, cwd) {
  const kept = await Promise.all(paths.map(async (p) => (await stat(resolve(cwd, p)).catch(() => void 0))?.isFile() ? p : void 0));
  return kept.filter((p) => p !== void 0);
}

// src/review/datasetFiles.ts
function datasetsConfigured(datasets) {
  return datasets.train.length > 0 || datasets.holdout.length > 0;
}
var ALSO_TRAIN_MESSAGE = "named as holdout data, and also as training data (datasets.train, or the files given to validate): it is reviewed, and would be trained on, as training data, so the holdout set does not include it";
async function selectDatasets(settings, cwd) {
  if (!datasetsConfigured(settings.datasets)) {
    const found = await findJsonlFiles(cwd);
    const paths2 = { train: found.paths.filter((p) => roleByName(p) === "train"), holdout: found.paths.filter((p) => roleByName(p) === "holdout") };
    const selection = await oneRolePerFile(paths2, cwd);
    return { ...selection, discovery: { foundIn: found.foundBy, train: selection.train, holdout: selection.holdout, holdoutWords: [...HOLDOUT_WORDS] } };
  }
  const paths = { train: await expandPaths(settings.datasets.train, cwd), holdout: await expandPaths(settings.datasets.holdout, cwd) };
  return oneRolePerFile(paths, cwd);
}
async function oneRolePerFile(paths, cwd) {
  const seen = /* @__PURE__ */ new Map();
  const keep = async (path) => {
    const id = await fileIdentity(path, cwd) ?? `path:${path}`;
    const first = seen.get(id);
    if (first === void 0) seen.set(id, path);
    return first;
  };
  const train = [];
  for (const path of paths.train) if (await keep(path) === void 0) train.push(path);
  const holdout = [];
  const notes = [];
  for (const path of paths.holdout) {
    const first = await keep(path);
    if (first === void 0) holdout.push(path);
    else if (train.includes(first)) notes.push({ code: "holdout-also-train", file: first, message: first === path ? ALSO_TRAIN_MESSAGE : `${path} (the same file as ${first}) is ${ALSO_TRAIN_MESSAGE}` });
  }
  return { train, holdout, notes };
}
function asDatasetFiles(paths) {
  return [...paths.train.map((path) => ({ path, role: "train" })), ...paths.holdout.map((path) => ({ path, role: "holdout" }))];
}
function datasetRoles(datasets) {
  if (!datasetsConfigured(datasets)) {
    return { discovered: true, isDataset: isDatasetCandidate, roleOf: (p) => isDatasetCandidate(p) ? roleByName(p) : null, alsoHoldout: () => false };
  }
  const train = pathMatcher(datasets.train);
  const holdout = pathMatcher(datasets.holdout);
  return {
    discovered: false,
    isDataset: (p) => train(p) || holdout(p),
    roleOf: (p) => train(p) ? "train" : holdout(p) ? "holdout" : null,
    alsoHoldout: (p) => train(p) && holdout(p)
  };
}

// src/review/report/discovery.ts
var FOUND_IN = {
  git: "among the files git tracks here (or would add)",
  folder: "in this folder (node_modules and .git skipped)",
  "pull-request": "in the pull request's head commit (the files it changes and the checkout's)"
};
var PIN_LIMIT = 50;
function discoverySummary(d) {
  const found = d.train.length + d.holdout.length;
  if (found === 0) {
    return `No datasets are configured, and no JSONL file was found ${FOUND_IN[d.foundIn]}: nothing was reviewed. Name the files under datasets: in .finetune-ci.yml (train and holdout), or give them on the command line.`;
  }
  const quoted = d.holdoutWords.map((w) => `"${w}"`);
  const words = quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}` : quoted[0] ?? "";
  return `No datasets are configured, so the review took the ${found} JSONL file(s) found ${FOUND_IN[d.foundIn]}: ${d.train.length} as training data and ${d.holdout.length} as holdout data (a file or folder name with one of the words ${words}). Pin them in .finetune-ci.yml at the repository root to choose what is reviewed and trained on:`;
}
function pinSnippet(d) {
  const list = (paths) => {
    if (paths.length === 0) return [" []"];
    const shown = paths.slice(0, PIN_LIMIT).map((p) => `
    - ${JSON.stringify(p)}`);
    if (paths.length > PIN_LIMIT) shown.push(`
    # ... and ${paths.length - PIN_LIMIT} more: the JSON report lists them all`);
    return shown;
  };
  return `datasets:
  train:${list(d.train).join("")}
  holdout:${list(d.holdout).join("")}`;
}

// src/report/format.ts
function int(n) {
  return Math.round(n).toLocaleString("en-US");
}
function num(n, digits = 1) {
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
function usd(n) {
  if (n === null) return "unknown price";
  if (n === 0) return "$0.00";
  if (n < 0.01) return `$${n.toPrecision(2)}`;
  return `$${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
function percent(share) {
  return `${Math.round(share * 100)}%`;
}
function hours(h) {
  if (h < 1 / 60) return `${num(h * 3600, 0)} s`;
  if (h < 1) return `${num(h * 60, 1)} min`;
  return `${num(h, 2)} h`;
}
function place(file, line) {
  return line > 0 ? `${file}:${line}` : file;
}
function duration(seconds) {
  if (seconds < 9.95) return `${Math.max(0, seconds).toFixed(1)} s`;
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor(s % 3600 / 60)} min`;
}
function bytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${num(n / 1024, 1)} KiB`;
  if (n < 1024 ** 3) return `${num(n / 1024 ** 2, 1)} MiB`;
  return `${num(n / 1024 ** 3, 2)} GiB`;
}

// src/report/xyChart.ts
function mermaidXyChart(chart) {
  const labels = chart.x.labels.map((l) => typeof l === "number" ? String(l) : `"${quoteSafe(l)}"`).join(", ");
  const range = chart.y.range ? ` ${chart.y.range[0]} --> ${chart.y.range[1]}` : "";
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${quoteSafe(chart.title)}"`,
    `  x-axis "${quoteSafe(chart.x.title)}" [${labels}]`,
    `  y-axis "${quoteSafe(chart.y.title)}"${range}`,
    ...chart.series.map((s) => `  ${s.kind} [${s.values.join(", ")}]`),
    "```"
  ].join("\n");
}
function chartValue(v) {
  return String(Number(v.toPrecision(4)));
}
function quoteSafe(text) {
  return text.replace(/"/g, "'").replace(/\r?\n|\r/g, " ");
}

// src/report/histogramChart.ts
function binLabel(from, to) {
  return to - from <= 1 ? String(from) : `${from}-${to - 1}`;
}
function histogramChart(histogram, options) {
  if (histogram.bins.length === 0) return `_${options.series}: none._`;
  const top = Math.max(1, ...histogram.bins.map((b) => b.count));
  const words = histogram.bins.map((b) => `${binLabel(b.from, b.to)}: ${int(b.count)}`).join(" \xB7 ");
  const chart = mermaidXyChart({
    title: options.title,
    x: { title: options.xAxis, labels: histogram.bins.map((b) => binLabel(b.from, b.to)) },
    y: { title: options.series, range: [0, top] },
    series: [{ kind: "bar", values: histogram.bins.map((b) => String(b.count)) }]
  });
  return [chart, "", `Bars: ${options.series} per ${options.xAxis} bin. ${words}`].join("\n");
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/report/table.ts
var ALIGN_CODE = { left: "l", right: "r", center: "c" };
var CELL_CHARS = 500;
function markdownTable2(table2, options = {}) {
  const cell = options.cells === "markdown" ? (c) => c : (c) => inlineText(c, CELL_CHARS);
  return markdownTable([table2.header.map(cell), ...table2.rows.map((row) => row.map(cell))], {
    alignDelimiters: false,
    align: (table2.align ?? []).map((a) => a ? ALIGN_CODE[a] : "")
  });
}
function terminalTable(table2) {
  const all = [table2.header, ...table2.rows];
  const widths = table2.header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  const pad = (c, i) => table2.align?.[i] === "right" ? c.padStart(widths[i]) : c.padEnd(widths[i]);
  const line = (r) => r.map((c, i) => pad(c, i)).join("  ").trimEnd();
  return [line(table2.header), widths.map((w) => "-".repeat(w)).join("  "), ...table2.rows.map(line)].join("\n");
}

// src/review/report/tables.ts
function distRow(name, d) {
  return [name, int(d.min), num(d.mean), int(d.p5), num(d.p50, 0), num(d.p95, 0), int(d.max)];
}
function statisticsTable(report) {
  return {
    header: ["per training example", "min", "mean", "p5", "median", "p95", "max"],
    rows: [
      distRow("messages", report.stats.messagesPerExample),
      distRow(`tokens (${report.tokens.encoding})`, report.tokens.perExample),
      distRow("assistant tokens", report.tokens.assistantPerExample)
    ]
  };
}
function lifecycleText(report) {
  const l = report.model.lifecycle;
  const parts = [];
  if (l.newJobsEnd) parts.push(`new jobs end ${l.newJobsEnd}`);
  if (l.retires) parts.push(`snapshot retires ${l.retires}`);
  if (l.status === "retired") parts.unshift("RETIRED");
  else if (l.status === "no-new-jobs") parts.unshift("no new jobs");
  else if (l.daysLeft !== void 0) parts.push(`${l.daysLeft} days left`);
  return parts.length ? parts.join("; ") : "no announced end";
}
function costTable(report) {
  const { cost, model } = report;
  const sh = cost.selfHosted;
  const price = model.price;
  return {
    header: ["", `OpenAI fine-tuning (${model.name})`, `Self-hosted LoRA (${sh.baseModel}, ${sh.gpu})`],
    rows: [
      [
        "Training cost",
        price ? `${usd(cost.trainingUsd)} (${int(cost.chargedTokens)} tokens at $${price.trainingPerMillion}/1M)` : "unknown: add the price under models: in the config",
        `${usd(sh.usd)} (${hours(sh.gpuHours)} GPU time at $${num(sh.usdPerHour, 2)}/h, ${percent(sh.utilisation)} utilisation)`
      ],
      ["Tokens trained", `${int(cost.chargedTokens)} = ${int(cost.billedTokens)} billed x ${cost.epochs} epochs`, `${int(sh.trainedTokens)} = all tokens x ${cost.epochs} epochs`],
      [
        "Inference per 1,000 requests",
        cost.inference.usdPer1000Requests === null ? "unknown price" : `${usd(cost.inference.usdPer1000Requests)} (${int(cost.inference.promptTokens)} prompt + ${int(cost.inference.completionTokens)} completion tokens)`,
        "GPU time only (your serving hardware)"
      ],
      ["Data", "sent to OpenAI", "stays on your machines"],
      ["Weights", "hosted by OpenAI", "yours"],
      ["Availability", lifecycleText(report), "no end date"]
    ]
  };
}
function findingCountsTable(report) {
  return {
    header: ["severity", "code", "count", "first at"],
    rows: report.findingCounts.map((c) => {
      const first = report.findings.find((f) => f.code === c.code);
      return [c.severity, c.code, int(c.count), first ? place(first.file, first.line) : ""];
    })
  };
}

// src/review/report/markdown.ts
var COMMENT_OPTIONS = { firstLines: 3, perCode: 10, examples: 10, fullReport: "the job summary of this workflow run" };
var SUMMARY_OPTIONS = { firstLines: 5, perCode: 100, examples: 50 };
var MARKDOWN_OPTIONS = { firstLines: 1, perCode: 10, examples: 10 };
function table(header, rows) {
  return markdownTable2({ header, rows }, { cells: "markdown" });
}
function signed(n, show) {
  if (n === 0) return "\xB10";
  return `${n > 0 ? "+" : "\u2212"}${show(Math.abs(n))}`;
}
function lineLink(links, side, file, line) {
  const text = place(file, line);
  if (!links) return inlineText(text, 200);
  return linkTo(text, `${links[side]}${urlPath(file)}${line > 0 ? `#L${line}` : ""}`);
}
function metricValue(unit, v, whole = v === null || Number.isInteger(v)) {
  if (v === null) return "unknown";
  switch (unit) {
    case "usd":
      return usd(v);
    case "share":
      return percent(v);
    case "hours":
      return hours(v);
    default:
      return whole ? int(v) : num(v);
  }
}
function metricDelta(m) {
  if (m.change === null) return "n/a";
  const abs = m.unit === "share" ? signed(Math.round(m.change * 1e3) / 10, (n) => `${num(n)} pp`) : signed(m.change, (n) => metricValue(m.unit, n));
  return m.relative === null || m.unit === "share" ? abs : `${abs} (${signed(Math.round(m.relative * 1e3) / 10, (n) => `${num(n)}%`)})`;
}
function headline(report) {
  const s = report.summary;
  const pr = report.pullRequest;
  const out = [markdownHeading("dataset review", verdictLine(report)), ""];
  const counts = `${s.files} file(s), ${int(s.lines)} lines = ${int(s.examples)} examples + ${int(s.invalidLines)} unreadable + ${int(s.blankLines)} blank \xB7 **${int(s.errors)}** error(s), **${int(s.warnings)}** warning(s), ${int(s.infos)} note(s)`;
  const discovery = report.discovery ? ["", ...discoveryMarkdown(report.discovery, report.files.length > 0)] : [];
  if (!pr) return [...out, counts, ...discovery];
  const e = pr.examples;
  const cost = pr.metrics.find((m) => m.metric === "OpenAI training cost");
  out.push(
    `Pull request #${pr.number} changes ${pr.changedFiles.length} dataset file(s): **${signed(e.added, int)}** added, **${signed(-e.removed, int)}** removed, **${int(e.changed)}** changed example(s); tokens ${signed(e.tokensDelta, int)}` + (cost ? `; OpenAI training ${metricValue("usd", cost.base)} \u2192 ${metricValue("usd", cost.head)}` : `; OpenAI training ${usd(report.cost.trainingUsd)}`) + ".",
    "",
    counts,
    ...discovery
  );
  return out;
}
function discoveryMarkdown(discovery, withPin) {
  const out = [`> [!NOTE]
> ${inlineText(discoverySummary(discovery), 2e3)}`];
  if (withPin) out.push("", codeBlock(pinSnippet(discovery), "yaml"));
  return out;
}
function findingPlaces(report) {
  const links = report.pullRequest?.links;
  const linkable = /* @__PURE__ */ new Set([...report.files.map((f) => f.path), ...report.configFile !== void 0 ? [report.configFile] : []]);
  return (file, line) => linkable.has(file) ? lineLink(links, "head", file, line) : inlineText(place(file, line), 200);
}
function findingsSection(report, placeLink, options) {
  if (!report.findingCounts.length) return ["#### Findings", "", "None."];
  const rows = report.findingCounts.map((c) => {
    const first = report.findings.filter((f) => f.code === c.code).slice(0, options.firstLines);
    const more = c.count - first.length;
    const lines = first.map((f) => placeLink(f.file, f.line)).join(", ") + (more > 0 ? ` and ${int(more)} more` : "");
    return [inlineText(c.severity), `\`${c.code}\``, int(c.count), lines];
  });
  return ["#### Findings", "", table(["severity", "code", "count", options.firstLines === 1 ? "first at" : "first lines"], rows)];
}
function changesSection(pr, options) {
  const out = ["#### What this pull request changes", ""];
  const e = pr.examples;
  const roleRows = ["train", "holdout"].map((role) => {
    const r = e.byRole[role];
    return [role === "train" ? "training" : "holdout", signed(r.added, int), signed(-r.removed, int), int(r.changed), signed(r.tokensDelta, int)];
  });
  out.push(table(["examples", "added", "removed", "changed (same prompt, new answer)", "tokens"], roleRows), "");
  if (pr.metrics.length) out.push(table(["statistic", "base", "head", "change"], pr.metrics.map((m) => {
    const whole = [m.base, m.head].every((v) => v === null || Number.isInteger(v));
    return [inlineText(m.metric), metricValue(m.unit, m.base, whole), metricValue(m.unit, m.head, whole), metricDelta(m)];
  })));
  else out.push("No statistic moved.");
  const files = pr.changedFiles.map((f) => `- ${inlineText(f.status)}: ${inlineText(f.previousPath ? `${f.previousPath} \u2192 ${f.path}` : f.path, 300)}${f.role ? ` (${f.role})` : ""}`);
  const list = (title, count, items) => count ? [`**${title}** (${int(count)})`, "", ...items.slice(0, options.examples), ...count > Math.min(items.length, options.examples) ? [`- \u2026 and ${int(count - Math.min(items.length, options.examples))} more`] : [], ""] : [];
  const ref = (side, x) => `- ${lineLink(pr.links, side, x.file, x.line)} (${x.role}, ${int(x.tokens)} tokens)`;
  const details = [
    ...files.length ? ["**Dataset files changed**", "", ...files, ""] : [],
    ...list("Added", e.added, e.samples.added.map((x) => ref("head", x))),
    ...list("Removed", e.removed, e.samples.removed.map((x) => ref("base", x))),
    ...list(
      "Changed",
      e.changed,
      e.samples.changed.map((x) => `- ${lineLink(pr.links, "head", x.file, x.line)} (was ${lineLink(pr.links, "base", x.base.file, x.base.line)}; ${x.role}, tokens ${int(x.base.tokens)} \u2192 ${int(x.tokens)})`)
    )
  ];
  if (details.length) out.push("", "<details><summary>Changed files and examples</summary>", "", ...details, "</details>");
  if (pr.incompleteListing) out.push("", `> [!WARNING]
> ${inlineText(pr.incompleteListing, 1e3)}`);
  for (const note of pr.notes) out.push("", `> ${inlineText(note, 1e3)}`);
  return out;
}
function tokensSection(report) {
  const t = report.tokens;
  return [
    "#### Tokens",
    "",
    markdownTable2(statisticsTable(report)),
    "",
    `${int(t.total)} training tokens (${t.encoding}); ${int(t.billed)} billed per epoch; ${int(t.overLimit)} example(s) over the ${int(t.limit)}-token limit. Holdout: ${int(report.stats.holdoutExamples)} examples (${percent(report.stats.holdoutShare)}). Quantiles: ${inlineText(t.quantileMethod)}.`,
    "",
    "<details><summary>Token lengths (chart)</summary>",
    "",
    histogramChart(t.histogram, { title: "Tokens per training example", xAxis: `tokens (${t.encoding})`, series: "training examples" }),
    "",
    "</details>"
  ];
}
function costSection(report) {
  const out = ["#### Cost: OpenAI vs self-hosted", "", markdownTable2(costTable(report)), "", `Epochs: ${inlineText(report.cost.epochsRule)}. Prices: ${inlineText(report.model.priceSource)}.`];
  if (report.model.lifecycle.note) out.push("", `> ${inlineText(report.model.lifecycle.note, 1e3)}`);
  return out;
}
function allFindings(report, placeLink, options) {
  if (!report.findings.length) return [];
  const out = ["<details><summary>All findings</summary>", ""];
  for (const count of report.findingCounts) {
    const shown = report.findings.filter((f) => f.code === count.code).slice(0, options.perCode);
    out.push(`**\`${count.code}\`** (${count.severity}, ${int(count.count)}): ${inlineText(shown[0]?.hint ?? "")}`, "");
    for (const f of shown) {
      const related = f.related ? ` (see ${placeLink(f.related.file, f.related.line)})` : "";
      out.push(`- ${placeLink(f.file, f.line)}: ${inlineText(f.message)}${related}`);
    }
    if (count.count > shown.length) out.push(`- \u2026 and ${int(count.count - shown.length)} more`);
    out.push("");
  }
  out.push("</details>");
  return out;
}
function renderReviewMarkdown(report, options) {
  const pr = report.pullRequest;
  const placeLink = findingPlaces(report);
  const out = [...headline(report), "", ...findingsSection(report, placeLink, options)];
  if (pr) out.push("", ...changesSection(pr, options));
  out.push("", ...tokensSection(report), "", ...costSection(report));
  const all = allFindings(report, placeLink, options);
  if (all.length) out.push("", ...all);
  const where = pr ? [`base \`${pr.baseSha.slice(0, 7)}\` \u2192 head \`${pr.headSha.slice(0, 7)}\``] : [];
  out.push("", markdownFooter(report.tool, [...where, ...options.fullReport ? [`full report in ${options.fullReport}`] : []]));
  return `${out.join("\n")}
`;
}

// src/review/report/text.ts
function renderText(report, options = {}) {
  const perCode = options.perCode ?? 5;
  const s = report.summary;
  const out = [];
  out.push(textHeading("review", verdictLine(report)));
  out.push(
    `${s.files} file(s), ${int(s.lines)} lines = ${int(s.examples)} examples + ${int(s.invalidLines)} unreadable + ${int(s.blankLines)} blank; ${int(s.errors)} error(s), ${int(s.warnings)} warning(s), ${int(s.infos)} note(s)${s.suppressed ? `, ${int(s.suppressed)} suppressed by config` : ""}`
  );
  for (const f of report.files) out.push(`  ${f.role.padEnd(7)} ${f.path}: ${int(f.lines)} lines, ${int(f.examples)} examples (${f.format ?? "no examples"})`);
  if (report.discovery) {
    out.push("", discoverySummary(report.discovery));
    if (report.files.length) out.push(...pinSnippet(report.discovery).split("\n").map((line) => `    ${line}`));
  }
  if (report.findingCounts.length) {
    out.push("", "Findings");
    for (const count of report.findingCounts) {
      out.push(`  ${count.severity.toUpperCase()} ${count.code} (${int(count.count)})`);
      const shown = report.findings.filter((f) => f.code === count.code).slice(0, perCode);
      for (const f of shown) out.push(`    ${place(f.file, f.line)}: ${f.message}${f.related ? ` [see ${place(f.related.file, f.related.line)}]` : ""}`);
      if (count.count > shown.length) out.push(`    ... and ${int(count.count - shown.length)} more`);
      if (shown[0]) out.push(`    fix: ${shown[0].hint}`);
    }
    out.push("", terminalTable(findingCountsTable(report)));
  }
  out.push("", "Statistics (training files)", terminalTable(statisticsTable(report)));
  const sp = report.stats.systemPrompts;
  out.push(
    `  holdout: ${int(report.stats.holdoutExamples)} examples (${percent(report.stats.holdoutShare)} of all; the seed's advice is 10-20%)`,
    `  system prompts: ${sp.variants}${sp.variantsCapped ? "+" : ""} variant(s), the most common in ${percent(sp.dominantShare)} of examples that have one`,
    `  over the ${int(report.tokens.limit)}-token limit: ${int(report.tokens.overLimit)} example(s)`
  );
  if (report.stats.labels) out.push(`  labels: ${report.stats.labels.map((l) => `${l.label} ${int(l.count)} (${percent(l.share)})`).join(", ")}`);
  out.push(`  quantiles: ${report.tokens.quantileMethod}`);
  out.push("", "Cost", terminalTable(costTable(report)));
  out.push(`  epochs: ${report.cost.epochsRule}`, `  prices: ${report.model.priceSource}`);
  if (report.model.lifecycle.note) out.push(`  note: ${report.model.lifecycle.note}`);
  return `${out.join("\n")}
`;
}

// src/adapters/files/outputFiles.ts
import { constants } from "node:fs";
import { open, realpath, rename, rm, stat as stat2 } from "node:fs/promises";
import { basename, dirname, resolve as resolve2 } from "node:path";
var OutputError = class extends Error {
  constructor(path, error) {
    super(`could not write ${path}: ${describeIoError(error)}`);
    this.path = path;
    this.name = "OutputError";
  }
  path;
};
function describeIoError(error) {
  const e = error;
  const reason = (e.message ?? String(error)).replace(/^[A-Z]+: /, "").replace(/, \w+( '.*')?$/, "");
  return e.code ? `${reason} (${e.code})` : reason;
}
var PARTIAL_SUFFIX = ".partial";
async function identity(path, cwd) {
  const absolute = resolve2(cwd, path);
  const info = await stat2(absolute).catch(() => void 0);
  if (info) return `${info.dev}:${info.ino}`;
  const folder = await realpath(dirname(absolute)).catch(() => void 0);
  return folder === void 0 ? void 0 : `new:${resolve2(folder, basename(absolute))}`;
}
async function checkOutputPaths(input, outputs, cwd) {
  for (const { flag, path } of outputs) {
    if (path === "" || /[/\\]$/.test(path)) throw new InputError(`${flag} ${JSON.stringify(path)}: give a file name, not a folder (for example ${flag} data/${flag === "--train-out" ? "train" : "holdout"}.jsonl)`);
    const absolute = resolve2(cwd, path);
    const info = await stat2(absolute).catch(() => void 0);
    if (info?.isDirectory()) throw new InputError(`${flag} ${path}: is a folder; give a file name inside it (for example ${path.replace(/[/\\]+$/, "")}/${flag === "--train-out" ? "train" : "holdout"}.jsonl)`);
    if (info && !info.isFile()) throw new InputError(`${flag} ${path}: is not a regular file (a device, pipe or socket); split writes a file and renames it into place, so give a file path`);
    const folder = await stat2(dirname(absolute)).catch(() => void 0);
    if (!folder?.isDirectory()) throw new InputError(`${flag} ${path}: the folder ${dirname(path)} does not exist; create it first`);
  }
  const named = [{ flag: "the input", path: input }, ...outputs, ...outputs.map((o) => ({ flag: `the temporary file of ${o.flag},`, path: `${o.path}${PARTIAL_SUFFIX}` }))];
  const ids = await Promise.all(named.map((n) => identity(n.path, cwd)));
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      if (ids[i] === void 0 || ids[i] !== ids[j]) continue;
      const [a, b] = [named[i], named[j]];
      if (i >= 1 + outputs.length && j >= 1 + outputs.length) continue;
      throw new InputError(
        a.flag === "the input" ? `${b.flag} ${b.path} is the input file ${input}: split would overwrite its own input; write the parts to other files` : `${a.flag} ${a.path} and ${b.flag} ${b.path} are the same file; give each part its own file`
      );
    }
  }
}
var BUFFER_BYTES = 1 << 20;
var PartialFile = class _PartialFile {
  constructor(path, handle) {
    this.path = path;
    this.handle = handle;
  }
  path;
  handle;
  pending = [];
  pendingBytes = 0;
  closed = false;
  get partialPath() {
    return `${this.path}${PARTIAL_SUFFIX}`;
  }
  /** Creates the partial file; an old one left by a killed run is replaced. */
  static async create(path) {
    const partial = `${path}${PARTIAL_SUFFIX}`;
    try {
      await rm(partial, { force: true });
      return new _PartialFile(path, await open(partial, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 420));
    } catch (error) {
      if (error.code === "EEXIST") throw new InputError(`${path}: another output of this run is the same file on this file system; give each part its own file`);
      throw new OutputError(path, error);
    }
  }
  async write(text) {
    const bytes2 = Buffer.from(text, "utf8");
    this.pending.push(bytes2);
    this.pendingBytes += bytes2.length;
    if (this.pendingBytes >= BUFFER_BYTES) await this.flush();
  }
  /** Writes what is left, makes it durable and closes it: where a full disk shows last. */
  async finish() {
    if (this.closed) return;
    await this.flush();
    try {
      await this.handle.sync();
    } catch (error) {
      throw new OutputError(this.path, error);
    }
    await this.close();
  }
  /** Renames the finished file into place. */
  async commit() {
    await this.finish();
    try {
      await rename(this.partialPath, this.path);
    } catch (error) {
      throw new OutputError(this.path, error);
    }
  }
  /** Closes and removes the partial file; never throws (it runs while another error is reported). */
  async discard() {
    await this.close().catch(() => void 0);
    await rm(this.partialPath, { force: true }).catch(() => void 0);
  }
  async flush() {
    if (this.pendingBytes === 0) return;
    const bytes2 = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    try {
      for (let done = 0; done < bytes2.length; ) done += (await this.handle.write(bytes2, done, bytes2.length - done)).bytesWritten;
    } catch (error) {
      throw new OutputError(this.path, error);
    }
  }
  async close() {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.handle.close();
    } catch (error) {
      throw new OutputError(this.path, error);
    }
  }
};

// src/adapters/parallel/bundledWorkers.ts
function bundledWorkers(entryUrl) {
  return { review: new URL("./review-worker.js", entryUrl), tokens: new URL("./token-worker.js", entryUrl) };
}

export {
  VERSION,
  HOLDOUT_WORDS,
  findJsonlFiles,
  datasetsConfigured,
  ALSO_TRAIN_MESSAGE,
  selectDatasets,
  asDatasetFiles,
  datasetRoles,
  int,
  num,
  usd,
  place,
  duration,
  bytes,
  mermaidXyChart,
  chartValue,
  markdownTable2 as markdownTable,
  discoverySummary,
  pinSnippet,
  COMMENT_OPTIONS,
  SUMMARY_OPTIONS,
  MARKDOWN_OPTIONS,
  renderReviewMarkdown,
  renderText,
  OutputError,
  describeIoError,
  checkOutputPaths,
  PartialFile,
  bundledWorkers
};
