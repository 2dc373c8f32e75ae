namespace Sextant.Research.UnitRoot;

/// <summary>The regression part of an ADF test, before p-values: shared by ADF and Engle–Granger.</summary>
internal readonly record struct AdfFit(double Statistic, int UsedLag, int Nobs, double InformationCriterion);
