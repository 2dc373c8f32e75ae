using Sextant.Core.Instruments;

namespace Sextant.Strategies.Cointegration;

/// <summary>One pair's incremental state inside a <see cref="CointegrationStrategy"/>.</summary>
internal sealed class PairState(Symbol y, Symbol x, IPairModel model)
{
    public Symbol Y { get; } = y;

    public Symbol X { get; } = x;

    public string Name { get; } = $"{y}/{x}";

    public IPairModel Regression { get; } = model;

    public int ColumnY { get; set; } = -1;

    public int ColumnX { get; set; } = -1;

    public double[] CloseY { get; set; } = [];

    public double[] CloseX { get; set; } = [];

    public PairPosition Position { get; set; }

    /// <summary>Aligned bars since entry (0 on the entry bar).</summary>
    public int HeldBars { get; set; }

    /// <summary>After a stop or timeout: no entry until |z| is back inside entry_z.</summary>
    public bool WaitForReset { get; set; }

    /// <summary>Aligned bars until the next cointegration re-test.</summary>
    public int UntilRetest { get; set; }

    /// <summary>False while the last re-test's p-value is above the limit (no new entries).</summary>
    public bool Tradable { get; set; } = true;

    public double LastPValue { get; set; } = double.NaN;

    public decimal TargetY { get; set; }

    public decimal TargetX { get; set; }
}
