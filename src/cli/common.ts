// What every `finetune-ci` subcommand shares: the config file found and merged with its flags into
// the one settings object, and the error a user gets for a bad command line (exit 2, with usage).
// Each subcommand lives in its own module beside this one; src/cli.ts only dispatches.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { InputError } from "../adapters/files/files.js";
import { describeIoError } from "../adapters/files/outputFiles.js";
import { datasetsRelativeToConfig, parseConfigText, resolveSettings, type Settings } from "../settings/settings.js";

export const DEFAULT_CONFIG = ".finetune-ci.yml";

/** A bad command line: printed with a pointer to `finetune-ci help`, exit 2. */
export class UsageError extends Error {}

/** The config file a command reads: the named one, else .finetune-ci.yml when present. */
export function configFileOf(configPath: string | undefined): string | undefined {
  return configPath ?? (existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : undefined);
}

/** The config file (configFileOf) with the flags over it, validated once. */
export async function loadSettings(configPath: string | undefined, flags: Record<string, unknown>): Promise<Settings> {
  const path = configFileOf(configPath);
  const layers: Record<string, unknown>[] = [];
  if (path) {
    const text = await readFile(path, "utf8").catch((error: unknown) => {
      throw new InputError(`${path}: cannot read the config file: ${describeIoError(error)}${configPath ? " (check the --config path)" : ""}`);
    });
    layers.push(datasetsRelativeToConfig(parseConfigText(text, path), path, process.cwd()));
  }
  layers.push(flags);
  return resolveSettings(layers, path ? `${path} (with command-line options)` : "command-line options");
}

/** The entries that were given: flags left out must not override the config file with undefined. */
export function defined(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}
