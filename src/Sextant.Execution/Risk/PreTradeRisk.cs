using Sextant.Config.Schema;
using Sextant.Core.Time;

namespace Sextant.Execution.Risk;

/// <summary>
/// Pre-trade limits of one broker (<c>risk:</c>): order notional, position notional after the order, orders per minute;
/// and the kill switch, which trips on the daily-loss or drawdown limit and then denies every order until reset.
/// Equity is fed by the engine after each bar or sync. All money is decimal in the quote asset.
/// </summary>
public sealed class PreTradeRisk
{
    private readonly RiskConfig _config;
    private readonly TimeProvider _time;
    private readonly Queue<UnixNanos> _recentOrders = new();
    private decimal _peak;
    private decimal _dayStart;
    private long _day = long.MinValue;

    /// <summary>Creates the checks for one broker.</summary>
    public PreTradeRisk(RiskConfig config, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(time);
        _config = config;
        _time = time;
    }

    /// <summary>True once the kill switch has tripped.</summary>
    public bool KillSwitchTripped { get; private set; }

    /// <summary>Why the kill switch tripped, or null.</summary>
    public string? KillReason { get; private set; }

    /// <summary>
    /// Checks one order of <paramref name="quantity"/> (positive) at <paramref name="price"/> that leaves the signed position at
    /// <paramref name="signedPositionAfter"/>: as <see cref="Check(decimal, decimal)"/> with quantity × price and
    /// |position after × price|, each multiplied only when its limit is configured.
    /// </summary>
    public RiskDecision Check(decimal quantity, decimal price, decimal signedPositionAfter) => Check(
        _config.MaxOrderNotional is null ? 0m : quantity * price,
        _config.MaxPositionNotional is null ? 0m : Math.Abs(signedPositionAfter * price));

    /// <summary>Checks one order of <paramref name="notional"/> (|quantity × price|) that moves the position's notional to <paramref name="positionNotionalAfter"/> (absolute).</summary>
    public RiskDecision Check(decimal notional, decimal positionNotionalAfter)
    {
        if (KillSwitchTripped)
        {
            return RiskDecision.Deny(Core.Orders.RejectReason.KillSwitch, "kill switch tripped: " + KillReason);
        }

        if (_config.MaxOrderNotional is { } maxOrder && notional > maxOrder)
        {
            return RiskDecision.Deny(Core.Orders.RejectReason.RiskLimit, $"order notional {notional:0.##} exceeds risk.max_order_notional {maxOrder}");
        }

        if (_config.MaxPositionNotional is { } maxPosition && positionNotionalAfter > maxPosition)
        {
            return RiskDecision.Deny(Core.Orders.RejectReason.RiskLimit, $"position notional after the order {positionNotionalAfter:0.##} exceeds risk.max_position_notional {maxPosition}");
        }

        if (_config.MaxOrdersPerMinute is { } perMinute)
        {
            var now = _time.GetUnixNanos();
            while (_recentOrders.Count > 0 && now - _recentOrders.Peek() >= TimeSpan.FromMinutes(1))
            {
                _recentOrders.Dequeue();
            }

            if (_recentOrders.Count >= perMinute)
            {
                return RiskDecision.Deny(Core.Orders.RejectReason.RiskLimit, $"{_recentOrders.Count} orders in the last minute reach risk.max_orders_per_minute {perMinute}");
            }

            _recentOrders.Enqueue(now);
        }

        return RiskDecision.Allow;
    }

    /// <summary>
    /// Feeds the broker's equity at <paramref name="time"/>; returns true when this trips the kill switch: daily loss or
    /// drawdown from the peak beyond the limit, or (always, whatever the limits) equity fallen to zero or below from a
    /// positive peak: the account is ruined, has nothing left to lose, and no venue would take new risk from it. (An
    /// account that never held positive equity, such as an empty one, is not ruined, only empty.)
    /// </summary>
    public bool OnEquity(UnixNanos time, decimal equity)
    {
        var day = time.Value / (86_400L * 1_000_000_000L);
        if (day != _day)
        {
            (_day, _dayStart) = (day, equity);
        }

        _peak = Math.Max(_peak, equity);
        if (KillSwitchTripped)
        {
            return false;
        }

        if (equity <= 0 && _peak > 0)
        {
            return Trip($"equity {equity:0.##} is at or below zero: the account is ruined");
        }

        if (_config.MaxDailyLoss is { } maxLoss && _dayStart - equity > maxLoss)
        {
            return Trip($"daily loss {_dayStart - equity:0.##} exceeds risk.max_daily_loss {maxLoss}");
        }

        if (_config.MaxDrawdown is { } maxDrawdown && _peak > 0 && (double)(1 - (equity / _peak)) > maxDrawdown)
        {
            return Trip($"drawdown {1 - (equity / _peak):P2} from the peak {_peak:0.##} exceeds risk.max_drawdown {maxDrawdown:P2}");
        }

        return false;
    }

    /// <summary>Trips the kill switch by hand (e.g. from the dashboard).</summary>
    public bool Trip(string reason)
    {
        KillSwitchTripped = true;
        KillReason = reason;
        return true;
    }

    /// <summary>Re-arms after a person has looked.</summary>
    public void Reset()
    {
        KillSwitchTripped = false;
        KillReason = null;
    }
}
