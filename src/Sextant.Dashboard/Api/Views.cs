using System.Globalization;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Dashboard.Source;
using Sextant.Portfolio;

namespace Sextant.Dashboard.Api;

/// <summary>Turns a <see cref="DashboardState"/> into the JSON views; pure functions of the state and the clock.</summary>
internal static class Views
{
    public const string Total = "total";

    public static OverviewView Overview(DashboardState state)
    {
        var portfolio = state.Portfolio;
        var brokers = new List<AccountView>();
        AccountView? total = null;
        if (portfolio is not null)
        {
            total = Account(Total, portfolio.ReportingAsset, portfolio.StartingCash, portfolio.Cash, portfolio.Equity, portfolio.RealizedPnl,
                portfolio.UnrealizedPnl, portfolio.Fees, portfolio.Exposure, state.TotalEquity);
            foreach (var (broker, p) in portfolio.Brokers.OrderBy(b => b.Key.Value, StringComparer.Ordinal))
            {
                brokers.Add(Account(broker.Value, p.QuoteAsset, p.StartingCash, p.Cash, p.Equity, p.RealizedPnl, p.UnrealizedPnl, p.Fees, p.Exposure,
                    state.BrokerEquity.GetValueOrDefault(broker, [])));
            }
        }

        return new OverviewView(state.RunName, state.Mode, state.Version, state.AsOf.Value == 0 ? null : Iso(state.AsOf),
            portfolio?.ReportingAsset.Value, total, brokers);
    }

    public static EquityView Equity(DashboardState state)
    {
        var series = new List<EquitySeriesView> { Series(Total, state.Portfolio?.ReportingAsset.Value, state.TotalEquity) };
        foreach (var (broker, points) in state.BrokerEquity.OrderBy(b => b.Key.Value, StringComparer.Ordinal))
        {
            series.Add(Series(broker.Value, state.Portfolio?.Brokers.GetValueOrDefault(broker)?.QuoteAsset.Value, points));
        }

        return new EquityView(series);
    }

    public static IReadOnlyList<EquityTailView> EquityTail(DashboardState state)
    {
        var tail = new List<EquityTailView>();
        Add(Total, state.TotalEquity);
        foreach (var (broker, points) in state.BrokerEquity.OrderBy(b => b.Key.Value, StringComparer.Ordinal))
        {
            Add(broker.Value, points);
        }

        return tail;

        void Add(string name, IReadOnlyList<EquityPoint> points)
        {
            if (points.Count > 0)
            {
                tail.Add(new EquityTailView(name, Seconds(points[^1].Time), points[^1].Equity, Drawdown.Of(points).Current));
            }
        }
    }

    public static IReadOnlyList<PositionView> Positions(DashboardState state) =>
        state.Portfolio is null
            ? []
            : [.. from broker in state.Portfolio.Brokers.OrderBy(b => b.Key.Value, StringComparer.Ordinal)
                  from p in broker.Value.Positions
                  where p.Quantity != 0
                  select new PositionView(broker.Key.Value, p.Strategy.Value, p.Symbol.Value, p.AssetClass.ToString(), p.Quantity, p.AverageCost, p.Mark,
                      p.MarketValue, p.UnrealizedPnl, p.RealizedPnl, p.Fees, p.OpenedAt is { } opened ? Iso(opened) : null)];

    public static IReadOnlyList<OpenOrderView> Orders(DashboardState state) =>
        [.. state.OpenOrders.Select(o => new OpenOrderView(o.Id.Value, o.Broker.Value, o.Strategy.Value, o.Symbol.Value, o.Side.ToString(),
            o.Type.ToString(), o.Quantity, o.FilledQuantity, o.LimitPrice, o.Status.ToString(), Iso(o.CreatedAt)))];

    public static IReadOnlyList<FillView> Fills(DashboardState state) =>
        [.. state.RecentFills.Reverse().Select(f => new FillView(Iso(f.Time), f.OrderId.Value, f.TradeId, f.Broker.Value, f.Strategy.Value, f.Symbol.Value,
            f.Side.ToString(), f.Quantity.Value, f.Price.Value, f.Notional, f.Fee.Amount, f.Fee.Asset.Value, f.Liquidity.ToString()))];

    public static IReadOnlyList<SignalView> Signals(DashboardState state) =>
        [.. state.RecentSignals.Reverse().Select(s => new SignalView(Iso(s.Time), s.Strategy.Value, s.Symbol.Value, s.Action.ToString(), s.AssetClass.ToString(),
            s.Quantity, s.Notional, s.TargetQuantity, s.TargetNotional, s.OrderType.ToString(), s.LimitPrice, s.Metadata))];

    public static IReadOnlyList<StrategyView> Strategies(DashboardState state) =>
        [.. state.Strategies.Select(s => new StrategyView(s.Strategy.Value, s.Signals, s.Orders, s.Fills, s.Rejects, s.RealizedPnl, s.UnrealizedPnl, s.Fees, s.NetPnl))];

    public static IReadOnlyList<BrokerHealthView> Brokers(DashboardState state, DateTimeOffset now) =>
        [.. state.Brokers.Select(b => new BrokerHealthView(b.Broker.Value, b.Connected, b.LastDataTime is { } t ? Iso(t) : null,
            b.LastDataTime is { } last ? Math.Max(0, (now - last.ToDateTimeOffset()).TotalSeconds) : null,
            b.RateLimitUsed, b.RateLimitLimit, b.RateLimitUsed is { } used && b.RateLimitLimit is > 0 and var limit ? (double)used / limit : null,
            b.Reconnects, b.KillSwitch, b.Note))];

    public static IReadOnlyList<LogLineView> Logs(IReadOnlyList<LogLine> lines) =>
        [.. lines.Select(l => new LogLineView(l.Time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), l.Level, l.Message, l.Properties))];

    public static LiveView Live(DashboardState state, IReadOnlyList<LogLine> logs, DateTimeOffset now) =>
        new(state.Version, Overview(state), Positions(state), Orders(state), Fills(state), Signals(state), Strategies(state), Brokers(state, now),
            EquityTail(state), Logs(logs));

    public static string Iso(UnixNanos time) => time.ToDateTimeOffset().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static double Seconds(UnixNanos time) => time.Value / 1e9;

    private static EquitySeriesView Series(string name, string? asset, IReadOnlyList<EquityPoint> points) =>
        new(name, asset, [.. points.Select(p => Seconds(p.Time))], [.. points.Select(p => p.Equity)], Drawdown.Series(points));

    private static AccountView Account(string name, Asset asset, decimal startingCash, decimal cash, decimal equity, decimal realized, decimal unrealized,
        decimal fees, Exposure exposure, IReadOnlyList<EquityPoint> history)
    {
        var (drawdown, maxDrawdown) = Drawdown.Of(history);
        return new AccountView(name, asset.Value, startingCash, cash, equity, realized, unrealized, fees, realized + unrealized - fees, drawdown, maxDrawdown,
            exposure.Gross, exposure.Net);
    }
}
