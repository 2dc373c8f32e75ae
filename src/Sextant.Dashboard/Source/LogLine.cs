namespace Sextant.Dashboard.Source;

/// <summary>One rendered log event for the dashboard's log tail.</summary>
/// <param name="Time">When it was written (UTC).</param>
/// <param name="Level">Serilog level name, e.g. <c>Information</c>.</param>
/// <param name="Message">The rendered message (secrets already redacted).</param>
/// <param name="Properties">Selected structured properties (client order id, strategy, broker) as text.</param>
public sealed record LogLine(DateTimeOffset Time, string Level, string Message, IReadOnlyDictionary<string, string> Properties);
