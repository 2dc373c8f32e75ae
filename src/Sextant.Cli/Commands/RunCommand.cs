using System.CommandLine;
using System.Globalization;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sextant.Backtest.Engine;
using Sextant.Cli.Hosting;
using Sextant.Cli.Observability;
using Sextant.Cli.Output;
using Sextant.Config.Schema;
using Sextant.Engine.Hosting;
using Sextant.Engine.Running;

namespace Sextant.Cli.Commands;

/// <summary><c>sextant run [CONFIG] [--mode paper|live] [--live] [--for DURATION] [--json]</c>: the engine on the Generic Host.</summary>
internal static class RunCommand
{
    /// <summary>How long a graceful stop may take (cancels sent and confirmed, journal flushed) before the host gives up.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(45);

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Command Build(CliContext context)
    {
        var file = new Argument<string?>("config") { Description = $"Config file (default: {ProjectLayout.DefaultConfig}).", Arity = ArgumentArity.ZeroOrOne };
        var set = CommonOptions.Set();
        var mode = new Option<string>("--mode") { Description = "paper (the default: simulated fills on live bars, or the broker's paper endpoint with paper_venue: broker) or live.", DefaultValueFactory = _ => "paper" };
        mode.AcceptOnlyFromAmong("paper", "live");
        var live = new Option<bool>("--live") { Description = "Confirm live trading with real money (also needs engine.mode: live, and mode: live on each broker that trades for real)." };
        var duration = new Option<string?>("--for") { Description = "Stop after this long (e.g. 30s, 10m, 2h); default: until Ctrl-C or SIGTERM.", HelpName = "duration" };
        var json = CommonOptions.Json();
        var command = new Command("run", "Run the strategies on live market data, each signal routed to its broker by asset class: paper (simulated fills, or the broker's paper endpoint) or, confirmed, live. Journaled; restarts reconcile with the venues; with dashboard.enabled the dashboard and /metrics serve the run on 127.0.0.1; alerts: rules fire from it. Ctrl-C or SIGTERM stops cleanly and prints a summary.")
        {
            file, set, mode, live, duration, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var loaded = CommonOptions.Load(context, parse.GetValue(file), parse.GetValue(set) ?? [], checkSecrets: false);
            var confirmed = Confirm(parse.GetValue(mode) == "live", parse.GetValue(live), loaded.Config.Engine.Mode);
            var root = ProjectLayout.FindRoot(context.WorkingDirectory) ?? context.WorkingDirectory;
            var options = new EngineOptions { Config = loaded.Config, Root = root, Environment = context.Environment, Log = context.Error, LiveConfirmed = confirmed };
            var summary = await RunHostAsync(context, options, Path.GetFileNameWithoutExtension(loaded.Files[^1]), ParseDuration(parse.GetValue(duration)), ct);
            if (parse.GetValue(json))
            {
                await context.Output.WriteLineAsync(RunSummaryJson.Write(summary).AsMemory(), CancellationToken.None);
            }
            else if (loaded.Config.Engine.PrintSummary)
            {
                RunSummaryTable.Render(Terminal.For(context.Output), summary);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Live needs all three: <c>--mode live</c>, <c>--live</c> and <c>engine.mode: live</c>; anything less sends nothing real.</summary>
    internal static bool Confirm(bool modeLive, bool flag, EngineMode configured)
    {
        if (!modeLive)
        {
            return flag
                ? throw new BacktestException("--live confirms live trading and needs --mode live (and engine.mode: live in the config); without them the run is paper")
                : false;
        }

        if (!flag || configured != EngineMode.Live)
        {
            throw new BacktestException("live trading needs both --live and engine.mode: live in the config; without them nothing is sent to a real broker"
                + $" (given: --mode live{(flag ? " --live" : string.Empty)}, engine.mode: {configured.ToString().ToLowerInvariant()}). Add the missing one, or run --mode paper");
        }

        return true;
    }

    /// <summary>
    /// The engine as a hosted service of the Generic Host, logging through the run's Serilog pipeline, observed by the
    /// dashboard, metrics and alerts. Disposed in reverse: the dashboard stops before the engine, the alerts drain and the
    /// logs flush after it.
    /// </summary>
    private static async Task<EngineSummary> RunHostAsync(CliContext context, EngineOptions options, string runName, TimeSpan? duration, CancellationToken cancellationToken)
    {
        await using var observability = RunObservability.Create(context, options.Config, options.Root);
        await using var engine = TradingEngine.Create(options with { Loggers = observability.Loggers });
        // Venues connected, books rebuilt from the journal and reconciled before the observers attach, so they see the run as it resumes.
        await engine.StartAsync(cancellationToken);
        await using var attached = await observability.AttachAsync(engine, runName, cancellationToken);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = options.Root });
        builder.Services.AddSingleton(observability.Loggers); // Serilog: console from warnings up, the file and the dashboard's tail at logging.level, redacted
        builder.Services.AddSingleton<IHostLifetime, CommandLineLifetime>();
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddTradingEngine(engine, duration);
        var host = builder.Build();
        var run = host.Services.GetRequiredService<EngineRun>();
        await host.RunAsync(cancellationToken); // stops on the token (Ctrl-C, SIGTERM) or when the engine ends (--for)
        if (run.Failure is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        return run.Summary ?? throw new OperationCanceledException("stopped before the engine started");
    }

    private static TimeSpan? ParseDuration(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var unit = text.Length > 0 ? text[^1] : ' ';
        if (text.Length > 1 && double.TryParse(text[..^1], NumberStyles.Float, Inv, out var value) && value > 0)
        {
            switch (unit)
            {
                case 's': return TimeSpan.FromSeconds(value);
                case 'm': return TimeSpan.FromMinutes(value);
                case 'h': return TimeSpan.FromHours(value);
            }
        }

        throw new BacktestException($"--for '{text}': expected a duration such as 30s, 10m or 2h");
    }
}
