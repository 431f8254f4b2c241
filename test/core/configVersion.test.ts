// The config file format carries a version (README, "Versions and upgrades"): `version: 1` may be
// written, a file without it is read as version 1, and a file written for another format version
// is refused with the key named, instead of being half-understood. The schema's $id names the
// major tag it is served under, so an editor pointed at it gets the schema of the release in use.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SettingsError, parseConfigText, resolveSettings } from "../../src/settings/settings.js";

const settingsOf = (yaml: string) => resolveSettings([parseConfigText(yaml, ".finetune-ci.yml")], ".finetune-ci.yml");

describe("the config format version", () => {
  it("a config without version is read as it always was", () => {
    expect(settingsOf("model: gpt-4o-mini-2024-07-18\n").model).toBe("gpt-4o-mini-2024-07-18");
  });

  it("version: 1 is accepted", () => {
    expect(settingsOf("version: 1\nfailOn: warning\n").failOn).toBe("warning");
  });

  for (const version of ["2", "0", '"1"']) {
    it(`version: ${version} is refused, naming the file and the key`, () => {
      expect(() => settingsOf(`version: ${version}\n`)).toThrow(SettingsError);
      expect(() => settingsOf(`version: ${version}\n`)).toThrow(/\.finetune-ci\.yml: version must be one of 1/);
    });
  }

  it("the schema's $id names the major tag it is served under", () => {
    const schema = JSON.parse(readFileSync("schemas/config.schema.json", "utf8")) as { $id: string };
    expect(schema.$id).toBe("https://raw.githubusercontent.com/finetune-ci/finetune-ci/v1/schemas/config.schema.json");
  });
});
