using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;
using Sextant.Dashboard.Source;

namespace Sextant.Dashboard.Logs;

/// <summary>
/// A Serilog sink that renders each event into a <see cref="LogTail"/>. Add it to the pipeline after the redaction
/// enricher (as <c>SerilogSetup</c> does) so the dashboard shows exactly what the file holds, secrets removed.
/// </summary>
public sealed class LogTailSink(LogTail tail) : ILogEventSink
{
    /// <summary>Structured properties copied beside the message.</summary>
    public static IReadOnlyList<string> KeptProperties { get; } = ["ClientOrderId", "Strategy", "Broker", "Symbol", "SourceContext"];

    // Strings as written, not quoted: the same text the console shows.
    private static readonly MessageTemplateTextFormatter Literal = new("{Message:lj}", CultureInfo.InvariantCulture);

    private readonly LogTail _tail = tail ?? throw new ArgumentNullException(nameof(tail));

    /// <inheritdoc />
    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in KeptProperties)
        {
            if (logEvent.Properties.TryGetValue(name, out var value))
            {
                properties[name] = value is ScalarValue { Value: string text } ? text : value.ToString(null, CultureInfo.InvariantCulture);
            }
        }

        using var rendered = new StringWriter(CultureInfo.InvariantCulture);
        Literal.Format(logEvent, rendered);
        var message = rendered.ToString();
        if (logEvent.Exception is { } ex)
        {
            message += " — " + ex.GetType().Name + ": " + ex.Message;
        }

        _tail.Add(new LogLine(logEvent.Timestamp.ToUniversalTime(), logEvent.Level.ToString(), message, properties));
    }
}
