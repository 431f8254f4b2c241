// The tests StrykerJS runs against each mutant of src/core/ and src/settings/ (stryker.config.json):
// the unit tests of the core, the settings and the report built on them. The end-to-end tests run
// the bundled dist/ in a child process, where no mutant is switched on, and the tests that drive a
// stand-in GitHub, Chromium or real training spend seconds per run on what the unit tests already
// check; with thousands of mutants they would make a run take days on a small machine.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "test/core/**/*.test.ts",
      "test/example.test.ts",
      "test/action/exampleDiff.test.ts",
      "test/action/declaredInterface.test.ts",
      "test/docs/configReference.test.ts",
      "test/github/annotations.test.ts",
      "test/train/datasetGate.test.ts",
      "test/train/runConfig.test.ts",
      "test/train/progress.test.ts",
      "test/train/trainingReport.test.ts",
      "test/cli/progress.test.ts",
      // In-process tests of the review and the evaluation that check the core's answers end to end
      // (the dataset contract, the few-shot draw, the judge, probe and budget).
      "test/review/datasetContract.test.ts",
      "test/eval/inputs.test.ts",
      "test/eval/judgeProbeBudget.test.ts",
    ],
    // The 17-second fuzz run (it checks that the engine never throws, which the mutants of a
    // comparison or a constant rarely change), and the bootstrap's coverage simulations, a million
    // resampled means each, which instrumentation slows a hundredfold.
    exclude: ["test/core/fuzz.test.ts", "test/core/eval/bootstrapCoverage.test.ts"],
    // And the hostile-line cases of 16 MB or millions of values: each takes seconds instrumented, and a
    // mutant that makes them quadratic runs until the mutant's timeout, hundreds of times over. They
    // check that such a line costs time in proportion to its length, which a mutation run cannot judge;
    // the same code paths are run on small lines by the other tests. npm test runs them all.
    testNamePattern: /^(?!.*(16 MB|[Mm]illion)).*$/,
    // One module graph for every test file and every mutant run: the tokenizers' rank tables are
    // parsed once, not once per file per mutant. Mutants are switched on at run time, so sharing
    // modules does not mix them up.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
