// The training report as GitHub markdown: the job summary and the pull-request comment. Names that
// come from the config or the runner (models, paths) pass through inlineText, so they cannot ping,
// link or break the layout. Tables, the chart, the heading and the footer are the shared report
// pieces (src/report/).
import { inlineText } from "../../report/escape.js";
import { bytes, duration, int, num, usd } from "../../report/format.js";
import { markdownFooter, markdownHeading } from "../../report/header.js";
import { lineChart } from "../../report/lineChart.js";
import { markdownTable } from "../../report/table.js";
import { lossText } from "../progress.js";
import type { CostComparison, TokenCostComparison } from "../cost.js";
import type { ExampleAccount, PendingTraining } from "../providers/provider.js";
import type { LossChart, TrainingReport } from "./trainingReport.js";

const PROVIDER_NAME: Record<TrainingReport["provider"], string> = { "self-hosted": "a self-hosted runner", openai: "OpenAI", "azure-openai": "Azure OpenAI" };

export function renderTrainingMarkdown(report: TrainingReport): string {
  const { model, run, loss, dataset, hosted } = report;
  const out: string[] = [];
  out.push(markdownHeading("training report", undefined, 2), "");
  const how = model.lora ? `${model.method.toUpperCase()}, ${model.quantization === "4bit" ? "QLoRA 4-bit" : "LoRA"}` : model.method.toUpperCase();
  out.push(
    `Fine-tuned **${inlineText(model.base)}** (${how}) on ${int(dataset.trainExamples)} examples on ${PROVIDER_NAME[report.provider]}` +
      `${hosted ? `: the new model is **${inlineText(model.name)}**` : ""}${report.commit ? ` (at ${report.commit.slice(0, 7)})` : ""}.`,
    "",
  );
  out.push(artifactLine(report), "");
  const rows = [["Base model", inlineText(model.base)]];
  if (hosted) {
    rows.push(["Fine-tuned model", `\`${inlineText(model.name)}\``]);
    rows.push(["Job", `${inlineText(hosted.jobId)}${hosted.resumed ? " (started by an earlier run and picked up by this one)" : ""}${hosted.trainingType ? `, trainingType ${inlineText(hosted.trainingType)}` : ""}`]);
    rows.push(["Method", `${model.method.toUpperCase()}, ${num(run.epochs, 0)} epochs`]);
  } else if (model.lora) {
    rows.push(["Method", `${model.method.toUpperCase()}, LoRA r ${model.lora.r}, alpha ${model.lora.alpha}, dropout ${model.lora.dropout}, quantization ${model.quantization}`]);
  }
  rows.push(
    ["Data", `${files(dataset.trainFiles)} (${int(dataset.trainExamples)} examples)${dataset.holdoutFiles.length ? `; holdout ${files(dataset.holdoutFiles)} (${int(dataset.holdoutExamples)})` : "; no holdout"}`],
    ["Steps", hosted ? int(run.steps) : `${int(run.steps)} (${num(run.epochs, run.epochs % 1 === 0 ? 0 : 2)} epochs configured)`],
    ["Tokens trained", `${int(run.trainedTokens)}${run.tokensPerSecond !== null ? ` (${int(run.tokensPerSecond)} tokens/s)` : ""}`],
    ["Time", hosted ? `${duration(run.wallSeconds)} from the job's creation to its end (queue included)` : `${duration(run.trainSeconds)} training, ${duration(run.wallSeconds)} in all (loading included)`],
  );
  if (report.examples) rows.push(["Examples trained", examplesText(report.examples.train, "train") + (report.examples.eval ? `; ${examplesText(report.examples.eval, "holdout")}` : "")]);
  if (!hosted) rows.push(["Hardware", run.gpus > 0 ? `${run.gpus} × ${inlineText(run.gpuName ?? "GPU")}${run.peakGpuMemoryBytes !== null ? `, peak ${num(run.peakGpuMemoryBytes / 2 ** 30, 1)} GiB` : ""}` : "CPU only (no GPU visible to the job)"]);
  rows.push(["Final loss", `train ${lossOrDash(loss.finalTrain)} · eval ${lossOrDash(loss.finalEval)}${hosted?.evalSource ? ` (${inlineText(hosted.evalSource)})` : ""}`]);
  if (hosted) {
    rows.push(["Serves until", hosted.servesUntil ? `${hosted.servesUntil}: the base snapshot's retirement ends its fine-tunes too` : "no date announced"]);
    if (hosted.checkpoints.length) rows.push(["Checkpoints", hosted.checkpoints.map((c) => `step ${int(c.step)}: \`${inlineText(c.model, 200)}\``).join("; ")]);
    if (hosted.deployment) rows.push(["Deployment", `${inlineText(hosted.deployment.name)}: ${inlineText(hosted.deployment.state)}${hosted.deployment.error ? ` (${inlineText(hosted.deployment.error, 300)})` : ""}`]);
  }
  if (model.adapterPath) rows.push(["Adapter on the runner", inlineText(model.adapterPath)]);
  if (model.mergedPath) rows.push(["Merged model on the runner", inlineText(model.mergedPath)]);
  out.push(markdownTable({ header: ["", ""], rows }, { cells: "markdown" }), "");
  const dropped = report.examples ? [report.examples.train, report.examples.eval].filter((a) => a && a.droppedExamples > 0) : [];
  if (dropped.length) {
    out.push(`> [!WARNING]\n> ${dropped.map((a) => `${int(a!.droppedExamples)} of ${int(a!.examples)} examples were left out: every assistant token lies past maxLength ${int(a!.maxLength)} (first at ${places(a!.droppedAt)})`).join("; ")}. Raise train.maxLength (the longest example has ${int(Math.max(...dropped.map((a) => a!.longestExampleTokens)))} tokens) or shorten them.`, "");
  }
  if (loss.chart) out.push("### Loss", "", ...chart(loss.chart), "");
  out.push("### Cost", "", ...(report.cost.kind === "tokens" ? tokenCostTable(report.cost) : costTable(report, report.cost)), "");
  out.push(markdownFooter(report.tool, [report.generatedAt]), "");
  return out.join("\n");
}

function artifactLine(report: TrainingReport): string {
  const a = report.artifact;
  const hosted = report.hosted !== null;
  if (a === null) return hosted ? "This report is part of the run's artifact, beside job.json, metrics.jsonl, results.csv and checkpoints.json." : "This report is part of the run's artifact, beside the adapter, metrics.jsonl, run.json and run.yaml.";
  if (a.uploaded) {
    const name = a.url ? `[${inlineText(a.name)}](${a.url})` : `**${inlineText(a.name)}**`;
    return `${hosted ? "Run records" : "Adapter and run records"}: artifact ${name} (id ${a.id}, ${bytes(a.bytes)}).`;
  }
  return `> [!WARNING]\n> The ${hosted ? "run records were" : "adapter was"} not uploaded as an artifact: ${inlineText(a.reason, 500)}`;
}

function chart(c: LossChart): string[] {
  const series = [{ name: c.trainSeries, values: c.train }, ...(c.eval && c.evalSeries ? [{ name: c.evalSeries, values: c.eval }] : [])];
  return lineChart({
    title: `Loss by ${c.axis === "evaluation" ? "evaluation" : "step"}`,
    x: { title: c.xLabel, values: c.x },
    y: { title: "loss" },
    series,
    ...(c.skipped > 0 ? { note: `${int(c.skipped)} logged steps are left out to keep the chart readable; metrics.jsonl has them all.` } : {}),
  });
}

function tokenCostTable(cost: TokenCostComparison): string[] {
  const { actual, estimate } = cost;
  const price = actual.usdPerMillion === null ? "no known price" : `${usd(actual.usdPerMillion)} per million tokens`;
  const rows = [[`This job (trained tokens × ${price})`, int(actual.trainedTokens), actual.usd === null ? "–" : usd(actual.usd)]];
  if (estimate) {
    rows.push([`Review's estimate (charged tokens, ${epochText(estimate.epochs)}${estimate.epochs !== estimate.reviewEpochs ? `; scaled from the ${epochText(estimate.reviewEpochs)} it priced` : ""})`, int(Math.round(estimate.chargedTokens)), estimate.usd === null ? "–" : usd(estimate.usd)]);
  }
  const table = markdownTable({ header: ["", "Tokens", "Cost"], rows, align: [undefined, "right", "right"] }, { cells: "markdown" });
  const notes = [
    estimate?.tokensRatio != null ? `Actual against estimate: tokens ×${num(estimate.tokensRatio, 2)}.` : estimate ? undefined : "The review gave no token estimate to compare with.",
    `Price: ${inlineText(actual.priceSource)}.`,
  ].filter(Boolean);
  return [table, "", notes.join(" ")];
}

function costTable(report: TrainingReport, cost: CostComparison): string[] {
  const { actual, estimate } = cost;
  const held = actual.gpus > 0 ? `${actual.gpus} × ${inlineText(actual.gpu)} at ${usd(actual.usdPerHour)}/h for ${duration(actual.wallSeconds)}` : `no GPU; priced at ${usd(actual.usdPerHour)} per ${inlineText(actual.gpu)}-hour`;
  const rows = [[`This run (${held})`, gpuHours(actual.gpuHours), usd(actual.usd), int(report.run.trainedTokens)]];
  if (estimate) {
    rows.push([
      `Review's estimate (${inlineText(estimate.gpu)} at ${usd(estimate.usdPerHour)}/h, ${Math.round(estimate.utilisation * 100)}% utilisation, ${epochText(estimate.epochs)}${estimate.epochs !== estimate.reviewEpochs ? `; scaled from the ${epochText(estimate.reviewEpochs)} it priced` : ""})`,
      gpuHours(estimate.gpuHours),
      usd(estimate.usd),
      int(estimate.trainedTokens),
    ]);
  }
  const table = markdownTable({ header: ["", "GPU-hours", "Cost", "Tokens"], rows, align: [undefined, "right", "right", "right"] }, { cells: "markdown" });
  if (!estimate) return [table, "", "The review gave no self-hosted estimate to compare with."];
  const ratios = [
    estimate.gpuHoursRatio !== null ? `GPU-hours ×${num(estimate.gpuHoursRatio, 2)} the estimate` : undefined,
    estimate.tokensRatio !== null ? `tokens ×${num(estimate.tokensRatio, 2)}` : undefined,
  ].filter(Boolean);
  const notes = [
    ratios.length ? `Actual against estimate: ${ratios.join(", ")}.` : undefined,
    "The estimate counts training FLOPs at an assumed utilisation with OpenAI's tokenizer; the run is billed for the whole time it held the GPUs, loading included.",
  ].filter(Boolean);
  return [table, "", notes.join(" ")];
}

function examplesText(a: ExampleAccount, split: string): string {
  const cut = [a.truncatedExamples ? `${int(a.truncatedExamples)} truncated to ${int(a.maxLength)} tokens (first at ${places(a.truncatedAt)})` : "", a.droppedExamples ? `${int(a.droppedExamples)} dropped` : ""].filter(Boolean);
  return `${split}: ${int(a.trainedExamples)} of ${int(a.examples)}${cut.length ? `, ${cut.join(", ")}` : ", none cut by maxLength"}`;
}

function places(at: { file: string; line: number }[]): string {
  const shown = at.slice(0, 3).map((p) => `${inlineText(p.file, 120)}:${p.line}`);
  return at.length > 3 ? `${shown.join(", ")}…` : shown.join(", ");
}

function files(paths: string[]): string {
  const shown = paths.slice(0, 3).map((p) => inlineText(p, 120));
  return paths.length > 3 ? `${shown.join(", ")} and ${paths.length - 3} more` : shown.join(", ");
}

function epochText(epochs: number): string {
  return `${num(epochs, epochs % 1 === 0 ? 0 : 2)} epoch${epochs === 1 ? "" : "s"}`;
}

function lossOrDash(v: number | null): string {
  return v === null ? "–" : lossText(v);
}

function gpuHours(h: number): string {
  if (h === 0) return "0";
  return h < 0.01 ? h.toPrecision(2) : num(h, 2);
}

/** A job that was started (or found) and not waited for: where it is and how to pick it up. */
export function renderPendingMarkdown(pending: PendingTraining, meta: { commit: string | null; version: string; generatedAt: string }): string {
  return [
    markdownHeading("training started", undefined, 2),
    "",
    `${pending.resumed ? "Found" : "Started"} fine-tuning job **${inlineText(pending.jobId)}** on ${PROVIDER_NAME[pending.provider]} for **${inlineText(pending.baseModel)}**${meta.commit ? ` (at ${meta.commit.slice(0, 7)})` : ""}; its status is ${inlineText(pending.status)}.`,
    "",
    "Not waited for (`train.openai.wait: false`). Run `command: train` again, or `finetune-ci train --resume` from a checkout of this commit, to follow it to the end: the same job is picked up, no second one is created.",
    "",
    markdownFooter({ name: "finetune-ci", version: meta.version }, [meta.generatedAt]),
    "",
  ].join("\n");
}
