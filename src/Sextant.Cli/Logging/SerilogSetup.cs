using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;
using Sextant.Config.Schema;

namespace Sextant.Cli.Logging;

/// <summary>Builds the Serilog pipeline from <c>logging:</c>: human-readable lines on standard error (standard output stays clean for tables and <c>--json</c>) and a rolling compact-JSON file.</summary>
public static class SerilogSetup
{
    /// <summary>
    /// Creates a logger factory for the libraries' <c>ILogger&lt;T&gt;</c>. Relative file paths resolve against <paramref name="baseDirectory"/>.
    /// Every sink sits behind a <see cref="RedactingSink"/> holding <paramref name="secrets"/> (see <see cref="SecretValues"/>), and objects logged
    /// with <c>{@…}</c> go through the <see cref="SecretDestructuringPolicy"/>, so no key, secret or token reaches the console, the file or the
    /// dashboard's log tail (<paramref name="extraSink"/>). <paramref name="consoleMinimum"/> raises the console's level above
    /// <c>logging.level</c> for commands that print their own progress lines (<c>sextant run</c>). Dispose it to flush the file.
    /// </summary>
    public static ILoggerFactory CreateFactory(LoggingConfig config, string baseDirectory, TextWriter? console = null,
        IReadOnlyCollection<string>? secrets = null, ILogEventSink? extraSink = null, LogEventLevel consoleMinimum = LogEventLevel.Verbose)
    {
        ArgumentNullException.ThrowIfNull(config);
        var serilog = new LoggerConfiguration()
            .MinimumLevel.Verbose();

        const string template = "{Timestamp:HH:mm:ss.fff} {Level:u3} {Message:lj}{NewLine}{Exception}";
        if (config.Console)
        {
            if (console is null)
            {
                serilog.WriteTo.Console(outputTemplate: template, standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                    restrictedToMinimumLevel: consoleMinimum);
            }
            else
            {
                serilog.WriteTo.Sink(new TextWriterSink(console, new MessageTemplateTextFormatter(template, System.Globalization.CultureInfo.InvariantCulture)), consoleMinimum);
            }
        }

        if (config.File is { } file)
        {
            serilog.WriteTo.File(
                new CompactJsonFormatter(),
                Path.GetFullPath(file, baseDirectory),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: config.RetainedFiles,
                fileSizeLimitBytes: config.FileSizeLimitMb * 1024L * 1024L,
                rollOnFileSizeLimit: true);
        }

        if (extraSink is not null)
        {
            serilog.WriteTo.Sink(extraSink);
        }

        // Levels, enrichment and destructuring happen first; the redaction sees the final event and guards every sink behind it.
        var sinks = serilog.CreateLogger();
        var front = new LoggerConfiguration()
            .MinimumLevel.Is(ToSerilog(config.Level))
            .Enrich.FromLogContext()
            .Destructure.With<SecretDestructuringPolicy>()
            .WriteTo.Sink(new RedactingSink(sinks, secrets ?? []))
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning); // the web host's start-up chatter; logging.overrides may lower it
        foreach (var (source, level) in config.Overrides)
        {
            front.MinimumLevel.Override(source, ToSerilog(level));
        }

        var logger = front.CreateLogger();
        return LoggerFactory.Create(builder => builder.AddSerilog(logger, dispose: true));
    }

    /// <summary>Maps config level names to Serilog levels.</summary>
    public static LogEventLevel ToSerilog(LogLevelName level) => level switch
    {
        LogLevelName.Verbose => LogEventLevel.Verbose,
        LogLevelName.Debug => LogEventLevel.Debug,
        LogLevelName.Information => LogEventLevel.Information,
        LogLevelName.Warning => LogEventLevel.Warning,
        LogLevelName.Error => LogEventLevel.Error,
        _ => LogEventLevel.Fatal,
    };
}
