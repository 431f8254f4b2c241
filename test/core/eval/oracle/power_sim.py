# Expected values for test/core/eval/*.test.ts, computed OUTSIDE the code under test.
# Not run by the test suite: the values it prints are written into the tests, each naming its source.
# Needs statsmodels 0.15.0 and numpy 2.4.6. Prints: asymptotic power 0.8059 exact power 0.78305.
# Monte Carlo check of Connor's (1987) formula: at psi=0.2, delta=0.05, n=626 pairs, how often does
# McNemar's test (asymptotic chi-square without continuity correction, and the exact test) reject at 0.05?
import numpy as np
from statsmodels.stats.contingency_tables import mcnemar
rng = np.random.default_rng(12345)
psi, delta, n, reps = 0.2, 0.05, 626, 20000
p10, p01 = (psi + delta) / 2, (psi - delta) / 2
rej_asym = rej_exact = 0
for _ in range(reps):
    b, c, _rest = rng.multinomial(n, [p10, p01, 1 - psi])
    rej_asym += mcnemar([[0, b], [c, 0]], exact=False, correction=False).pvalue < 0.05
    rej_exact += mcnemar([[0, b], [c, 0]], exact=True).pvalue < 0.05
print("asymptotic power", rej_asym / reps, "exact power", rej_exact / reps)
