import { createRequire as __finetuneCiCreateRequire } from "node:module"; const require = __finetuneCiCreateRequire(import.meta.url);
import {
  expandPaths
} from "./chunk-WJNJC2VA.js";

// src/review/datasetFiles.ts
async function configuredDatasets(settings, cwd) {
  const train = await expandPaths(settings.datasets.train, cwd);
  const holdout = (await expandPaths(settings.datasets.holdout, cwd)).filter((p) => !train.includes(p));
  return { train, holdout };
}
function asDatasetFiles(paths) {
  return [...paths.train.map((path) => ({ path, role: "train" })), ...paths.holdout.map((path) => ({ path, role: "holdout" }))];
}

// src/report/render/format.ts
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

// src/report/render/tables.ts
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
      return [c.severity, c.code, int(c.count), first ? first.line > 0 ? `${first.file}:${first.line}` : first.file : ""];
    })
  };
}

// src/report/render/text.ts
function layout(table) {
  const all = [table.header, ...table.rows];
  const widths = table.header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(table.header), widths.map((w) => "-".repeat(w)).join("  "), ...table.rows.map(line)].join("\n");
}
function renderText(report, options = {}) {
  const perCode = options.perCode ?? 5;
  const s = report.summary;
  const out = [];
  const mark = report.verdict.failed ? "FAIL" : "PASS";
  out.push(`finetune-ci review: ${mark}: ${report.verdict.summary}`);
  out.push(
    `${s.files} file(s), ${int(s.lines)} lines = ${int(s.examples)} examples + ${int(s.invalidLines)} unreadable + ${int(s.blankLines)} blank; ${int(s.errors)} error(s), ${int(s.warnings)} warning(s), ${int(s.infos)} note(s)${s.suppressed ? `, ${int(s.suppressed)} suppressed by config` : ""}`
  );
  for (const f of report.files) out.push(`  ${f.role.padEnd(7)} ${f.path}: ${int(f.lines)} lines, ${int(f.examples)} examples (${f.format ?? "no examples"})`);
  if (report.findingCounts.length) {
    out.push("", "Findings");
    for (const count of report.findingCounts) {
      out.push(`  ${count.severity.toUpperCase()} ${count.code} (${int(count.count)})`);
      const shown = report.findings.filter((f) => f.code === count.code).slice(0, perCode);
      for (const f of shown) out.push(`    ${place(f.file, f.line)}: ${f.message}${f.related ? ` [see ${place(f.related.file, f.related.line)}]` : ""}`);
      if (count.count > shown.length) out.push(`    ... and ${int(count.count - shown.length)} more`);
      if (shown[0]) out.push(`    fix: ${shown[0].hint}`);
    }
    out.push("", layout(findingCountsTable(report)));
  }
  out.push("", "Statistics (training files)", layout(statisticsTable(report)));
  const sp = report.stats.systemPrompts;
  out.push(
    `  holdout: ${int(report.stats.holdoutExamples)} examples (${percent(report.stats.holdoutShare)} of all; the seed's advice is 10-20%)`,
    `  system prompts: ${sp.variants}${sp.variantsCapped ? "+" : ""} variant(s), the most common in ${percent(sp.dominantShare)} of examples that have one`,
    `  over the ${int(report.tokens.limit)}-token limit: ${int(report.tokens.overLimit)} example(s)`
  );
  if (report.stats.labels) out.push(`  labels: ${report.stats.labels.map((l) => `${l.label} ${int(l.count)} (${percent(l.share)})`).join(", ")}`);
  out.push(`  quantiles: ${report.tokens.quantileMethod}`);
  out.push("", "Cost", layout(costTable(report)));
  out.push(`  epochs: ${report.cost.epochsRule}`, `  prices: ${report.model.priceSource}`);
  if (report.model.lifecycle.note) out.push(`  note: ${report.model.lifecycle.note}`);
  return `${out.join("\n")}
`;
}

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

// src/report/render/escape.ts
var MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&]/g;
var ENTITY = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };
function inlineText(text, maxChars = 300) {
  let t = text.length > maxChars ? `${text.slice(0, maxChars)}\u2026` : text;
  t = t.replace(/\r?\n|\r/g, " \u23CE ");
  t = t.replace(MARKDOWN_SPECIAL, (c) => ENTITY[c] ?? `\\${c}`);
  t = t.replace(/@/g, "@\u200D").replace(/#/g, "#\u200D");
  t = t.replace(/\b(https?|ftp|www)(:|\\\.|\.)/gi, "$1\u200D$2");
  return t;
}
function urlPath(path) {
  return path.split("/").map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function linkTo(text, url) {
  return `[${inlineText(text, 200)}](${url})`;
}

// src/report/render/markdown.ts
function markdownTable(table, escapeCells = true) {
  const cell = (c) => escapeCells ? inlineText(c, 500) : c.replace(/\|/g, "\\|");
  return [
    `| ${table.header.map(cell).join(" | ")} |`,
    `| ${table.header.map(() => "---").join(" | ")} |`,
    ...table.rows.map((r) => `| ${r.map(cell).join(" | ")} |`)
  ].join("\n");
}
function renderMarkdown(report, perCode = 10) {
  const s = report.summary;
  const out = [];
  out.push(`### ${report.verdict.failed ? "\u274C" : "\u2705"} finetune-ci dataset review: ${inlineText(report.verdict.summary)}`);
  out.push(
    "",
    `${s.files} file(s), ${int(s.lines)} lines = ${int(s.examples)} examples + ${int(s.invalidLines)} unreadable + ${int(s.blankLines)} blank \xB7 **${int(s.errors)}** error(s), **${int(s.warnings)}** warning(s), ${int(s.infos)} note(s)`
  );
  if (report.findingCounts.length) out.push("", "#### Findings", "", markdownTable(findingCountsTable(report)));
  out.push("", "#### Statistics", "", markdownTable(statisticsTable(report)));
  out.push("", `Holdout: ${int(report.stats.holdoutExamples)} examples (${percent(report.stats.holdoutShare)}). Quantiles: ${report.tokens.quantileMethod}.`);
  out.push("", "#### Cost", "", markdownTable(costTable(report)));
  if (report.model.lifecycle.note) out.push("", `> ${inlineText(report.model.lifecycle.note)}`);
  if (report.findings.length) {
    out.push("", "<details><summary>All findings</summary>", "");
    for (const count of report.findingCounts) {
      const shown = report.findings.filter((f) => f.code === count.code).slice(0, perCode);
      out.push(`**${count.code}** (${count.severity}, ${int(count.count)}): ${inlineText(shown[0]?.hint ?? "")}`, "");
      for (const f of shown) out.push(`- ${inlineText(place(f.file, f.line), 200)}: ${inlineText(f.message)}`);
      if (count.count > shown.length) out.push(`- \u2026 and ${int(count.count - shown.length)} more`);
      out.push("");
    }
    out.push("</details>");
  }
  return `${out.join("\n")}
`;
}

export {
  configuredDatasets,
  asDatasetFiles,
  int,
  num,
  usd,
  percent,
  hours,
  place,
  statisticsTable,
  costTable,
  inlineText,
  urlPath,
  linkTo,
  renderText,
  VERSION,
  renderMarkdown
};
