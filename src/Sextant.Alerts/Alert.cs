using Sextant.Config.Schema;

namespace Sextant.Alerts;

/// <summary>How urgent an alert is.</summary>
public enum AlertSeverity
{
    /// <summary>For the record (a fill).</summary>
    Info,

    /// <summary>Needs a look (a reject, stale data).</summary>
    Warning,

    /// <summary>Needs action now (kill switch, drawdown, disconnect, error).</summary>
    Critical,
}

/// <summary>One alert as sent to every channel of its rule.</summary>
/// <param name="Event">The rule's event.</param>
/// <param name="Subject">What it is about (a broker, an order id, a data source); alerts with the same event and subject are de-duplicated.</param>
/// <param name="Severity">How urgent.</param>
/// <param name="Title">One line, e.g. <c>Drawdown 12.0% at binanceus</c>.</param>
/// <param name="Text">Detail lines.</param>
/// <param name="Time">When it happened (UTC).</param>
/// <param name="Fields">Structured facts (broker, symbol, order id, …) for the JSON webhook.</param>
public sealed record Alert(AlertEvent Event, string Subject, AlertSeverity Severity, string Title, string Text, DateTimeOffset Time, IReadOnlyDictionary<string, string> Fields);
