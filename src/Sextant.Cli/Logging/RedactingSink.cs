using Serilog.Core;
using Serilog.Events;

namespace Sextant.Cli.Logging;

/// <summary>
/// Wraps a sink so that no known secret value reaches it: every string in the event's properties (nested structures,
/// sequences and dictionaries included) and the exception's text have each secret replaced by <c>***</c>. Logging never
/// breaks the app: an event with nothing to redact passes through unchanged and unallocated.
/// </summary>
public sealed class RedactingSink(ILogEventSink inner, IReadOnlyCollection<string> secrets) : ILogEventSink, IDisposable
{
    /// <summary>What a secret is replaced by.</summary>
    public const string Mask = "***";

    private readonly string[] _secrets = [.. secrets.Where(s => s.Length > 0).OrderByDescending(s => s.Length)];

    /// <summary>Disposes (flushes) the wrapped sink.</summary>
    public void Dispose() => (inner as IDisposable)?.Dispose();

    /// <inheritdoc />
    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        if (_secrets.Length == 0)
        {
            inner.Emit(logEvent);
            return;
        }

        var changed = false;
        var properties = new List<LogEventProperty>(logEvent.Properties.Count);
        foreach (var (name, value) in logEvent.Properties)
        {
            var redacted = Redact(value);
            changed |= !ReferenceEquals(redacted, value);
            properties.Add(new LogEventProperty(name, redacted));
        }

        var exception = logEvent.Exception;
        if (exception is not null && Contains(exception.ToString()))
        {
            exception = new RedactedException(Replace(exception.GetType().FullName + ": " + exception.Message), Replace(exception.StackTrace ?? string.Empty));
            changed = true;
        }

        inner.Emit(changed ? new LogEvent(logEvent.Timestamp, logEvent.Level, exception, logEvent.MessageTemplate, properties) : logEvent);
    }

    private LogEventPropertyValue Redact(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text } when Contains(text):
                return new ScalarValue(Replace(text));
            case ScalarValue { Value: Uri uri } when Contains(uri.ToString()):
                return new ScalarValue(Replace(uri.ToString()));
            case SequenceValue sequence:
                var items = sequence.Elements.Select(Redact).ToList();
                return items.Where((item, i) => !ReferenceEquals(item, sequence.Elements[i])).Any() ? new SequenceValue(items) : value;
            case StructureValue structure:
                var members = structure.Properties.Select(p => new LogEventProperty(p.Name, Redact(p.Value))).ToList();
                return members.Where((m, i) => !ReferenceEquals(m.Value, structure.Properties[i].Value)).Any() ? new StructureValue(members, structure.TypeTag) : value;
            case DictionaryValue dictionary:
                var entries = dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(
                    e.Key.Value is string k && Contains(k) ? new ScalarValue(Replace(k)) : e.Key, Redact(e.Value))).ToList();
                return entries.Where((e, i) => !ReferenceEquals(e.Value, dictionary.Elements.ElementAt(i).Value) || !ReferenceEquals(e.Key, dictionary.Elements.ElementAt(i).Key)).Any()
                    ? new DictionaryValue(entries) : value;
            default:
                return value;
        }
    }

    private bool Contains(string text)
    {
        foreach (var secret in _secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private string Replace(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Stands in for an exception whose text held a secret; keeps the type name, the redacted message and the stack trace.</summary>
    private sealed class RedactedException(string message, string stackTrace) : Exception(message)
    {
        public override string StackTrace => stackTrace;

        public override string ToString() => Message + Environment.NewLine + stackTrace;
    }
}
