"""Prints the golden numbers held by the Sextant.Research tests.

Run from the repository root with Debian 12's python3-statsmodels (statsmodels 0.13.5, numpy 1.24,
scipy 1.10):

    python3 tests/Sextant.Research.Tests/References/statsmodels_references.py

The tests never run this script; it documents where every golden number came from. Each printed
line names the exact call; the same call is quoted next to the number in the test source.
"""
import numpy as np
import pandas as pd
import statsmodels
from scipy.stats import norm
from statsmodels.regression.linear_model import OLS
from statsmodels.stats.multitest import multipletests
from statsmodels.tools import add_constant
from statsmodels.tsa.adfvalues import mackinnoncrit, mackinnonp
from statsmodels.tsa.stattools import adfuller, coint
from statsmodels.tsa.vector_ar.vecm import coint_johansen

FIX = "tests/Sextant.Research.Tests/Fixtures/"
assert statsmodels.__version__.startswith("0.13.5"), statsmodels.__version__

eu = pd.read_csv(FIX + "EuStockMarkets_1d.csv")
dax, smi, cac, ftse = (np.log(eu[c].to_numpy()) for c in ("DAX", "SMI", "CAC", "FTSE"))
gs = pd.read_csv(FIX + "AER_GoldSilver_1d.csv")
gold, silver = np.log(gs["gold"].to_numpy()), np.log(gs["silver"].to_numpy())
pepper = pd.read_csv(FIX + "AER_PepperPrice_monthly.csv")
black, white = pepper["black"].to_numpy(), pepper["white"].to_numpy()
tcm = pd.read_csv(FIX + "tseries_tcm_monthly.csv")
dk = pd.read_csv(FIX + "urca_denmark_quarterly.csv")
# GOOG/GOOGL closes on common dates from 2014-04-03 (ts 1396497600000): Lean's bars are unadjusted and
# GOOGL's rows before that day are pre-split.
goog = pd.read_csv(FIX + "lean_GOOG_1d.csv").merge(
    pd.read_csv(FIX + "lean_GOOGL_1d.csv"), on="timestamp_utc_ms", suffixes=("_c", "_a"))
goog = goog[goog.timestamp_utc_ms >= 1396497600000]
googc, googa = goog["close_c"].to_numpy(), goog["close_a"].to_numpy()
btc = pd.read_csv(FIX + "binance_BTCUSDT_1m_first5000.csv.gz")["close"].to_numpy()
eth = pd.read_csv(FIX + "binance_ETHUSDT_1m_first5000.csv.gz")["close"].to_numpy()


def show(call, value):
    print(f"{call}\n    = {value!r}")


def show_adf(call, r):
    stat, p, lag, nobs, crit = r[:5]
    ic = r[5] if len(r) > 5 else None
    print(f"{call}\n    stat={stat!r} p={p!r} lag={lag} nobs={nobs} ic={ic!r}\n"
          f"    crit=({crit['1%']!r}, {crit['5%']!r}, {crit['10%']!r})")


def show_coint(call, y0, y1, **kw):
    stat, p, crit = coint(y0, y1, **kw)
    trend = kw.get("trend", "c")
    xx = y1[:, None] if trend == "n" else add_constant(y1, prepend=False)
    if trend == "ct":
        xx = np.column_stack([xx, np.arange(1, len(y1) + 1)])
    params = OLS(y0, xx).fit().params
    print(f"{call}\n    stat={stat!r} p={p!r}\n    crit=({crit[0]!r}, {crit[1]!r}, {crit[2]!r})\n"
          f"    params(OLS(y0, [y1, const(, trend)]))={list(params)!r}")


print("# statsmodels", statsmodels.__version__, "numpy", np.__version__)
print("## adfuller")
show_adf("adfuller(np.log(DAX), regression='c', autolag='AIC')", adfuller(dax, regression="c", autolag="AIC"))
show_adf("adfuller(np.log(DAX), regression='ct', autolag='BIC')", adfuller(dax, regression="ct", autolag="BIC"))
show_adf("adfuller(np.log(DAX), maxlag=4, regression='n', autolag=None)", adfuller(dax, maxlag=4, regression="n", autolag=None))
show_adf("adfuller(np.diff(np.log(DAX)), regression='c', autolag='AIC')", adfuller(np.diff(dax), regression="c", autolag="AIC"))
show_adf("adfuller(np.log(gold), regression='ct', autolag='AIC')", adfuller(gold, regression="ct", autolag="AIC"))
show_adf("adfuller(black, maxlag=0, regression='c', autolag=None)", adfuller(black, maxlag=0, regression="c", autolag=None))
show_adf("adfuller(black, regression='n', autolag='AIC')", adfuller(black, regression="n", autolag="AIC"))
show_adf("adfuller(tcm1y, regression='c', autolag='AIC')", adfuller(tcm["tcm1y"].to_numpy(), regression="c", autolag="AIC"))
show_adf("adfuller(tcm1y - tcm10y, regression='c', autolag='BIC')", adfuller((tcm["tcm1y"] - tcm["tcm10y"]).to_numpy(), regression="c", autolag="BIC"))
show_adf("adfuller(np.log(btc), regression='c', autolag='AIC')", adfuller(np.log(btc), regression="c", autolag="AIC"))

print("## coint")
show_coint("coint(np.log(DAX), np.log(SMI), trend='c', autolag='aic')", dax, smi, trend="c", autolag="aic")
show_coint("coint(np.log(SMI), np.log(DAX), trend='c', autolag='aic')", smi, dax, trend="c", autolag="aic")
show_coint("coint(np.log(DAX), np.log(SMI), trend='c', autolag='bic')", dax, smi, trend="c", autolag="bic")
show_coint("coint(np.log(DAX), np.log(SMI), trend='c', maxlag=2, autolag=None)", dax, smi, trend="c", maxlag=2, autolag=None)
show_coint("coint(np.log(DAX), np.log(SMI), trend='ct', autolag='aic')", dax, smi, trend="ct", autolag="aic")
show_coint("coint(np.log(DAX), np.log(SMI), trend='n', autolag='aic')", dax, smi, trend="n", autolag="aic")
show_coint("coint(goog_close, googl_close, trend='c', autolag='aic')", googc, googa, trend="c", autolag="aic")
show_coint("coint(np.log(btc), np.log(eth), trend='c', autolag='aic')", np.log(btc), np.log(eth), trend="c", autolag="aic")
show_coint("coint(btc, eth, trend='c', autolag='aic')", btc, eth, trend="c", autolag="aic")
show_coint("coint(np.log(gold), np.log(silver), trend='c', autolag='aic')", gold, silver, trend="c", autolag="aic")
show_coint("coint(black, white, trend='c', autolag='aic')", black, white, trend="c", autolag="aic")
show_coint("coint(black, white, trend='ct', autolag='bic')", black, white, trend="ct", autolag="bic")

print("## coint_johansen")
def show_joh(call, endog, det, k):
    r = coint_johansen(endog, det, k)
    print(f"{call}\n    eig={list(r.eig)!r}\n    lr1={list(r.lr1)!r}\n    lr2={list(r.lr2)!r}\n"
          f"    cvt={r.cvt.tolist()!r}\n    cvm={r.cvm.tolist()!r}\n    evec={r.evec.tolist()!r}")
den = dk[["LRM", "LRY", "IBO", "IDE"]].to_numpy()
show_joh("coint_johansen(denmark[['LRM','LRY','IBO','IDE']], 0, 1)", den, 0, 1)
show_joh("coint_johansen(denmark[['LRM','LRY','IBO','IDE']], -1, 1)", den, -1, 1)
show_joh("coint_johansen(denmark[['LRM','LRY','IBO','IDE']], 1, 1)", den, 1, 1)
show_joh("coint_johansen(denmark[['LRM','LRY','IBO','IDE']], 0, 0)", den, 0, 0)
show_joh("coint_johansen(np.log(EuStockMarkets[['DAX','SMI','CAC','FTSE']]), 0, 2)", np.column_stack([dax, smi, cac, ftse]), 0, 2)
show_joh("coint_johansen(tcm[['tcm1y','tcm3y','tcm5y','tcm10y']], 1, 3)", tcm[["tcm1y", "tcm3y", "tcm5y", "tcm10y"]].to_numpy(), 1, 3)

print("## OLS")
X = np.column_stack([smi, cac, ftse])
for name, exog in (("OLS(np.log(DAX), add_constant(np.log([SMI, CAC, FTSE])))", add_constant(X)),
                   ("OLS(np.log(DAX), np.log([SMI, CAC, FTSE]))", X)):
    r = OLS(dax, exog).fit()
    print(f"{name}.fit()\n    params={list(r.params)!r}\n    bse={list(r.bse)!r}\n    tvalues={list(r.tvalues)!r}\n"
          f"    rsquared={r.rsquared!r} ssr={r.ssr!r} llf={r.llf!r} aic={r.aic!r} bic={r.bic!r}\n"
          f"    resid[0]={r.resid[0]!r} resid[-1]={r.resid[-1]!r}")

print("## half-life: -np.log(2) / OLS(np.diff(s), add_constant(s[:-1])).fit().params[1]")
for name, s in (("s = OLS residuals of np.log(DAX) on [np.log(SMI), const]",
                 OLS(dax, add_constant(smi)).fit().resid),
                ("s = goog_close - googl_close", googc - googa),
                ("s = np.log(DAX)", dax)):
    b = OLS(np.diff(s), add_constant(s[:-1])).fit().params[1]
    show(f"{name}: b", b)
    show(f"{name}: half-life", -np.log(2) / b)

print("## Hurst: slope of np.polyfit(np.log(lags), np.log([np.std(x[l:] - x[:-l]) for l in lags]), 1), lags = 2..100")
def hurst(x, lags):
    tau = [np.std(x[l:] - x[:-l]) for l in lags]
    return np.polyfit(np.log(lags), np.log(tau), 1)[0]
show("hurst(np.log(DAX), range(2, 101))", hurst(dax, np.arange(2, 101)))
show("hurst(np.log(btc), range(2, 101))", hurst(np.log(btc), np.arange(2, 101)))
show("hurst(goog_close - googl_close, range(2, 21))", hurst(googc - googa, np.arange(2, 21)))

print("## Benjamini-Hochberg")
p = np.array([0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.9, 0.5, 0.0001, 0.06])
show("multipletests([0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.9, 0.5, 0.0001, 0.06], method='fdr_bh')[1]", list(multipletests(p, method="fdr_bh")[1]))

print("## mackinnonp / mackinnoncrit / norm.cdf")
for stat, reg, n in ((-2.5, "c", 1), (-4.0, "c", 1), (-1.0, "c", 1), (3.0, "c", 1), (-19.0, "c", 1), (-3.3, "c", 2),
                     (-2.0, "c", 2), (-5.5, "ct", 3), (-2.8, "ct", 1), (-1.2, "n", 1), (-3.0, "n", 1), (0.5, "n", 1),
                     (-4.5, "c", 6), (-3.0, "ct", 6), (-2.0, "n", 4)):
    show(f"mackinnonp({stat}, regression='{reg}', N={n})", mackinnonp(stat, regression=reg, N=n))
for n, reg, nobs in ((1, "c", 1000), (2, "c", 1859), (1, "ct", 250), (1, "n", 100), (12, "ct", 500), (7, "c", 80)):
    show(f"mackinnoncrit(N={n}, regression='{reg}', nobs={nobs})", list(mackinnoncrit(N=n, regression=reg, nobs=nobs)))
for z in (-8.0, -5.0, -3.1, -1.0, -0.1, 0.0, 0.7, 2.5, 6.0):
    show(f"norm.cdf({z})", norm.cdf(z))
