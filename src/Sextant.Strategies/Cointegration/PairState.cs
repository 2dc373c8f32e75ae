using Sextant.Core.Instruments;

namespace Sextant.Strategies.Cointegration;

/// <summary>One pair's incremental state inside a <see cref="CointegrationStrategy"/>.</summary>
internal sealed class PairState(Symbol y, Symbol x, PairModel model)
{
    public Symbol Y { get; } = y;

    public Symbol X { get; } = x;

    public string Name { get; } = $"{y}/{x}";

    public PairModel Regression { get; } = model;

    public int ColumnY { get; set; } = -1;

    public int ColumnX { get; set; } = -1;

    public double[] CloseY { get; set; } = [];

    public double[] CloseX { get; set; } = [];

    /// <summary>ln(close) of y from the frame when it carries them (a backtest's loaded data); null: take Math.Log per bar.</summary>
    public double[]? LogY { get; set; }

    /// <summary>ln(close) of x, as <see cref="LogY"/>.</summary>
    public double[]? LogX { get; set; }

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
