using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Sextant.Cli.Logging;

/// <summary>Writes formatted log events to a <see cref="TextWriter"/> (used when the console is redirected in-process, e.g. by tests).</summary>
internal sealed class TextWriterSink(TextWriter writer, ITextFormatter formatter) : ILogEventSink
{
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        lock (_gate)
        {
            formatter.Format(logEvent, writer);
            writer.Flush();
        }
    }
}
