// What a program finetune-ci starts (train.py, a model server) inherits: the step's environment
// without the runner's own credentials. The Action's inputs arrive as INPUT_* (github-token among
// them), and the runner hands each step tokens for its artifact, cache and OIDC services; none of
// these is the training script's business, and a custom `train.script` or a server's plugin must
// not be able to read them. Variables the user set for the job (HF_TOKEN, CUDA_VISIBLE_DEVICES,
// their own keys named in the config) pass through unchanged.
const RUNNER_CREDENTIALS = [
  /^INPUT_/,
  /^GITHUB_TOKEN$/,
  /^ACTIONS_RUNTIME_TOKEN$/,
  /^ACTIONS_RUNTIME_URL$/,
  /^ACTIONS_ID_TOKEN_REQUEST_TOKEN$/,
  /^ACTIONS_ID_TOKEN_REQUEST_URL$/,
  /^ACTIONS_RESULTS_URL$/,
  /^ACTIONS_CACHE_URL$/,
];

export function withoutRunnerCredentials(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !RUNNER_CREDENTIALS.some((p) => p.test(name))));
}
