namespace Sextant.Dashboard.Api;

// The JSON shapes of the endpoints (camelCase on the wire). Times are ISO 8601 UTC strings; chart series carry unix
// seconds in columns, as the chart library takes them. Amounts are exact decimals.

internal sealed record OverviewView(
    string RunName, string Mode, long Version, string? AsOf, string? ReportingAsset, AccountView? Total, IReadOnlyList<AccountView> Brokers);

internal sealed record AccountView(
    string Name, string Asset, decimal StartingCash, decimal Cash, decimal Equity, decimal RealizedPnl, decimal UnrealizedPnl, decimal Fees,
    decimal NetPnl, double Drawdown, double MaxDrawdown, decimal GrossExposure, decimal NetExposure);

internal sealed record EquitySeriesView(string Name, string? Asset, IReadOnlyList<double> T, IReadOnlyList<decimal> Equity, IReadOnlyList<double> Drawdown);

internal sealed record EquityView(IReadOnlyList<EquitySeriesView> Series);

internal sealed record PositionView(
    string Broker, string Strategy, string Symbol, string AssetClass, decimal Quantity, decimal AverageCost, decimal Mark, decimal MarketValue,
    decimal UnrealizedPnl, decimal RealizedPnl, decimal Fees, string? OpenedAt);

internal sealed record OpenOrderView(
    string ClientOrderId, string Broker, string Strategy, string Symbol, string Side, string Type, decimal Quantity, decimal FilledQuantity,
    decimal? LimitPrice, string Status, string CreatedAt);

internal sealed record FillView(
    string Time, string ClientOrderId, string TradeId, string Broker, string Strategy, string Symbol, string Side, decimal Quantity, decimal Price,
    decimal Notional, decimal Fee, string FeeAsset, string Liquidity);

internal sealed record SignalView(
    string Time, string Strategy, string Symbol, string Action, string AssetClass, decimal? Quantity, decimal? Notional, decimal? TargetQuantity,
    decimal? TargetNotional, string OrderType, decimal? LimitPrice, IReadOnlyDictionary<string, object> Metadata);

internal sealed record StrategyView(string Strategy, int Signals, int Orders, int Fills, int Rejects, decimal RealizedPnl, decimal UnrealizedPnl, decimal Fees, decimal NetPnl);

internal sealed record BrokerHealthView(
    string Broker, bool Connected, string? LastDataTime, double? DataAgeSeconds, int? RateLimitUsed, int? RateLimitLimit, double? RateLimitUsage,
    int Reconnects, bool KillSwitch, string? Note);

internal sealed record LogLineView(string Time, string Level, string Message, IReadOnlyDictionary<string, string> Properties);

internal sealed record EquityTailView(string Name, double T, decimal Equity, double Drawdown);

internal sealed record LiveView(
    long Version, OverviewView Overview, IReadOnlyList<PositionView> Positions, IReadOnlyList<OpenOrderView> Orders, IReadOnlyList<FillView> Fills,
    IReadOnlyList<SignalView> Signals, IReadOnlyList<StrategyView> Strategies, IReadOnlyList<BrokerHealthView> Brokers,
    IReadOnlyList<EquityTailView> EquityTail, IReadOnlyList<LogLineView> Logs);

internal sealed record CancelView(string ClientOrderId, string Outcome);

internal sealed record ErrorView(string Error);
