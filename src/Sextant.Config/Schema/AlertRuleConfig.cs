using Sextant.Config.Validation;

namespace Sextant.Config.Schema;

/// <summary>Engine events that alert rules watch.</summary>
public enum AlertEvent
{
    /// <summary>An order filled.</summary>
    Fill,

    /// <summary>An order was rejected or denied.</summary>
    Reject,

    /// <summary>The kill switch tripped.</summary>
    KillSwitch,

    /// <summary>A broker or data stream stayed disconnected longer than <c>after</c>.</summary>
    Disconnect,

    /// <summary>Drawdown passed <c>threshold</c> (a fraction).</summary>
    Drawdown,

    /// <summary>Market data went stale.</summary>
    StaleData,

    /// <summary>An unhandled error.</summary>
    Error,
}

/// <summary>One entry of <c>alerts.rules:</c>.</summary>
public sealed record AlertRuleConfig : IValidatable
{
    /// <summary>The event watched. Required.</summary>
    public AlertEvent? Event { get; init; }

    /// <summary>For drawdown: the fraction (0.1 = 10%) beyond which the rule fires.</summary>
    public double? Threshold { get; init; }

    /// <summary>For disconnect: how long a disconnect lasts before the rule fires; for stale_data: how long without a new bar (set it above the bar interval, e.g. 90s for 1-minute bars). Default 30s.</summary>
    public TimeSpan After { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Channel names to send to. At least one.</summary>
    public IReadOnlyList<string> Channels { get; init; } = [];

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path) => Check.All(
        Event is null ? new ConfigProblem(Check.Path(path, "event"), "is required; allowed: fill, reject, kill_switch, disconnect, drawdown, stale_data, error") : null,
        Event == AlertEvent.Drawdown && Threshold is not (> 0 and <= 1)
            ? new ConfigProblem(Check.Path(path, "threshold"), "a drawdown rule needs a threshold above 0 and at most 1 (0.1 = 10%)")
            : null,
        Check.Positive(Check.Path(path, "after"), After),
        Channels.Count == 0 ? new ConfigProblem(Check.Path(path, "channels"), "needs at least one channel name") : null);
}
