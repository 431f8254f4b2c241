// The review's tables as rows of plain text, shared by the terminal and markdown renderers so that
// both show the same figures in the same words (src/report/table.ts writes them).
import type { Distribution } from "../../core/stats/distribution.js";
import { hours, int, num, percent, place, usd } from "../../report/format.js";
import type { Table } from "../../report/table.js";
import type { ReviewReport } from "./model.js";

function distRow(name: string, d: Distribution): string[] {
  return [name, int(d.min), num(d.mean), int(d.p5), num(d.p50, 0), num(d.p95, 0), int(d.max)];
}

export function statisticsTable(report: ReviewReport): Table {
  return {
    header: ["per training example", "min", "mean", "p5", "median", "p95", "max"],
    rows: [
      distRow("messages", report.stats.messagesPerExample),
      distRow(`tokens (${report.tokens.encoding})`, report.tokens.perExample),
      distRow("assistant tokens", report.tokens.assistantPerExample),
    ],
  };
}

export function lifecycleText(report: ReviewReport): string {
  const l = report.model.lifecycle;
  const parts: string[] = [];
  if (l.newJobsEnd) parts.push(`new jobs end ${l.newJobsEnd}`);
  if (l.retires) parts.push(`snapshot retires ${l.retires}`);
  if (l.status === "retired") parts.unshift("RETIRED");
  else if (l.status === "no-new-jobs") parts.unshift("no new jobs");
  else if (l.daysLeft !== undefined) parts.push(`${l.daysLeft} days left`);
  return parts.length ? parts.join("; ") : "no announced end";
}

export function costTable(report: ReviewReport): Table {
  const { cost, model } = report;
  const sh = cost.selfHosted;
  const price = model.price;
  return {
    header: ["", `OpenAI fine-tuning (${model.name})`, `Self-hosted LoRA (${sh.baseModel}, ${sh.gpu})`],
    rows: [
      [
        "Training cost",
        price ? `${usd(cost.trainingUsd)} (${int(cost.chargedTokens)} tokens at $${price.trainingPerMillion}/1M)` : "unknown: add the price under models: in the config",
        `${usd(sh.usd)} (${hours(sh.gpuHours)} GPU time at $${num(sh.usdPerHour, 2)}/h, ${percent(sh.utilisation)} utilisation)`,
      ],
      ["Tokens trained", `${int(cost.chargedTokens)} = ${int(cost.billedTokens)} billed x ${cost.epochs} epochs`, `${int(sh.trainedTokens)} = all tokens x ${cost.epochs} epochs`],
      [
        "Inference per 1,000 requests",
        cost.inference.usdPer1000Requests === null ? "unknown price" : `${usd(cost.inference.usdPer1000Requests)} (${int(cost.inference.promptTokens)} prompt + ${int(cost.inference.completionTokens)} completion tokens)`,
        "GPU time only (your serving hardware)",
      ],
      ["Data", "sent to OpenAI", "stays on your machines"],
      ["Weights", "hosted by OpenAI", "yours"],
      ["Availability", lifecycleText(report), "no end date"],
    ],
  };
}

export function findingCountsTable(report: ReviewReport): Table {
  return {
    header: ["severity", "code", "count", "first at"],
    rows: report.findingCounts.map((c) => {
      const first = report.findings.find((f) => f.code === c.code);
      return [c.severity, c.code, int(c.count), first ? place(first.file, first.line) : ""];
    }),
  };
}
