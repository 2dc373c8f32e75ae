using Sextant.Core.Instruments;
using Sextant.Strategies;
using Sextant.Strategies.Frames;

namespace Sextant.Backtest.Engine;

/// <summary>One strategy replayed: its aligned frame, the replay cursor, its broker and its chartable series.</summary>
internal sealed class StrategySlot(StrategyPlan plan, TradingStrategy strategy, BarFrame frame, BrokerSlot broker)
{
    public StrategyPlan Plan { get; } = plan;

    public TradingStrategy Strategy { get; } = strategy;

    public BarFrame Frame { get; } = frame;

    public BrokerSlot Broker { get; } = broker;

    public IStrategyDiagnostics? Diagnostics { get; } = strategy as IStrategyDiagnostics;

    public int Cursor { get; set; }

    /// <summary>The close of <paramref name="symbol"/> at <paramref name="row"/> of the frame, the price a decision there was made at.</summary>
    public double CloseAt(Symbol symbol, int row) => Frame.Close(Frame.ColumnOf(symbol))[row];
}
