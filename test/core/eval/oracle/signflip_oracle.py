# Expected values for test/core/eval/*.test.ts, computed OUTSIDE the code under test.
# Not run by the test suite: the values it prints are written into the tests, each naming its source.
# Needs scipy 1.17.1 and numpy 2.4.6. Takes about 15 s (2^21 sign patterns).
import numpy as np
from scipy import stats
d1 = np.array([0.12, -0.05, 0.3, 0.08, 0.0, 0.21, -0.1, 0.15, 0.02, 0.4])
r = stats.permutation_test((d1,), lambda x: np.mean(x), permutation_type='samples', alternative='two-sided', n_resamples=np.inf)
print("d1 exact p", repr(r.pvalue))
d2 = np.array([0.3, -0.2, 0.1, 0.25, -0.05, 0.15, 0.4, -0.3, 0.2, 0.05, 0.1, -0.1, 0.35, 0.0, 0.12, -0.15, 0.22, 0.08, -0.02, 0.18, 0.06])
r = stats.permutation_test((d2,), lambda x, axis: np.mean(x, axis=axis), permutation_type='samples', alternative='two-sided', n_resamples=np.inf, vectorized=True)
print("d2 exact p", repr(r.pvalue), len(d2))
