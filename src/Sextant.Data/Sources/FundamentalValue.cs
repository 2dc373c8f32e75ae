using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Data.Sources;

/// <summary>One reported fundamental figure, e.g. <c>shares_outstanding</c> or <c>eps</c>, as of its report date (UTC).</summary>
public sealed record FundamentalValue(Symbol Symbol, UnixNanos ReportDate, string Field, decimal Value);
