# Expected values for test/core/eval/*.test.ts, computed OUTSIDE the code under test.
# Not run by the test suite: the values it prints are written into the tests, each naming its source.
# Rerun: python3 -m venv /tmp/oracle-venv && /tmp/oracle-venv/bin/pip install scipy statsmodels mpmath
#        /tmp/oracle-venv/bin/python stats_oracle.py
# Versions used: scipy 1.17.1, statsmodels 0.15.0, mpmath 1.4.1, numpy 2.4.6, Python 3.11.7.
import json, mpmath
from scipy import stats
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.proportion import proportion_confint
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.power import NormalIndPower
mpmath.mp.dps = 60
out = {}
# Normal quantiles at the exact binary value of each double p, 60-digit arithmetic:
# z = sqrt(2) * erfinv(2p - 1); in the far tail (p <= 1e-5), the root of log(ncdf(z)) = log(p).
def zq(p):
    P = mpmath.mpf(p)
    if p < 1e-5:
        return mpmath.findroot(lambda z: mpmath.log(mpmath.ncdf(z)) - mpmath.log(P), (-40, -1), solver="anderson")
    return mpmath.sqrt(2) * mpmath.erfinv(2 * P - 1)
out["normal"] = {repr(p): mpmath.nstr(zq(p), 20) for p in [0.975, 0.8, 0.6, 0.025, 0.999999, 1e-10, 1e-20, 1e-300]}
# binomial tails, exact in 60-digit arithmetic
def logcdf(k, n, p):
    p = mpmath.mpf(p); q = 1 - p
    s = mpmath.fsum(mpmath.binomial(n, i) * p**i * q**(n - i) for i in range(0, k + 1))
    return s
bin_cases = [(10,30,"0.5"),(3,8,"0.5"),(0,20,"0.5"),(49500,100000,"0.5"),(49000,100000,"0.5"),(1000,100000,"0.5"),(0,100000,"0.5"),(250,100000,"0.003"),(350,100000,"0.003"),(5,40,"0.3")]
out["binomial"] = []
for k,n,p in bin_cases:
    s = logcdf(k,n,p)
    out["binomial"].append({"k":k,"n":n,"p":p,"cdf":mpmath.nstr(s,20),"logcdf":mpmath.nstr(mpmath.log(s),20), "scipy_cdf": repr(float(stats.binom.cdf(k,n,float(p))))})
# McNemar exact, statsmodels
mc = []
for b,c in [(1,7),(0,6),(5,15),(10,10),(21,9),(150,110),(0,0),(1000,1100),(49000,51000),(3,0)]:
    r = mcnemar([[50,b],[c,50]], exact=True)
    mc.append({"b":b,"c":c,"p":repr(float(r.pvalue))})
out["mcnemar"] = mc
# Wilson
out["wilson"] = [{"x":x,"n":n,"ci":[repr(float(v)) for v in proportion_confint(x,n,alpha=0.05,method="wilson")]} for x,n in [(81,263),(15,148),(0,20),(1,29),(29,29),(50,100)]]
# Holm
holm_in = [0.01, 0.04, 0.03, 0.005]
out["holm"] = {"in": holm_in, "out": [repr(float(v)) for v in multipletests(holm_in, alpha=0.05, method="holm")[1]]}
holm_in2 = [0.2, 0.011, 0.5, 0.012, 0.04]
out["holm2"] = {"in": holm_in2, "out": [repr(float(v)) for v in multipletests(holm_in2, alpha=0.05, method="holm")[1]]}
# Power, normal approximation, one sample (ratio=0)
pw = NormalIndPower()
out["power"] = {
  "d_n100": repr(float(pw.solve_power(effect_size=None, nobs1=100, alpha=0.05, power=0.8, ratio=0))),
  "d_n400": repr(float(pw.solve_power(effect_size=None, nobs1=400, alpha=0.05, power=0.8, ratio=0))),
  "n_d0.2": repr(float(pw.solve_power(effect_size=0.2, nobs1=None, alpha=0.05, power=0.8, ratio=0))),
  "n_d0.1": repr(float(pw.solve_power(effect_size=0.1, nobs1=None, alpha=0.05, power=0.8, ratio=0))),
}
# Connor 1987 sample size, written out with scipy's norm.ppf
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.8)
def connor_n(psi, d): return (za*psi**0.5 + zb*(psi-d*d)**0.5)**2/d**2
from scipy.optimize import brentq
def connor_mde(psi, n): return brentq(lambda d: connor_n(psi,d)-n, 1e-9, psi)
out["connor"] = {"n_psi0.2_d0.05": repr(float(connor_n(0.2,0.05))), "n_psi0.3_d0.1": repr(float(connor_n(0.3,0.1))), "mde_psi0.2_n500": repr(connor_mde(0.2,500)), "mde_psi0.1_n200": repr(connor_mde(0.1,200))}
# Paired pattern of test/core/eval/evaluate.test.ts: both right 20, only candidate 12, only base 3, neither 5.
out["evaluate_40"] = {"mcnemar_p": repr(float(mcnemar([[20, 12], [3, 5]], exact=True).pvalue)), "wilson_32_40": [repr(float(v)) for v in proportion_confint(32, 40, alpha=0.05, method="wilson")]}
# Pairs needed in test/core/eval/gate.test.ts (Connor 1987).
out["gate_pairs_needed"] = {"psi0.1_d0.02": repr(float(connor_n(0.1, 0.02))), "psi0.29_d0.01": repr(float(connor_n(0.29, 0.01)))}
print(json.dumps(out, indent=1, default=float))
