using System.Globalization;
using Microsoft.Extensions.Logging;
using Serilog.Events;
using Sextant.Alerts;
using Sextant.Backtest.Engine;
using Sextant.Cli.Logging;
using Sextant.Config.Schema;
using Sextant.Core.Instruments;
using Sextant.Dashboard.Hosting;
using Sextant.Dashboard.Logs;
using Sextant.Dashboard.Security;
using Sextant.Engine.Running;
using Sextant.Metrics;

namespace Sextant.Cli.Observability;

/// <summary>
/// What <c>sextant run</c> observes itself with, built from the config before the engine (which logs through it): Serilog
/// (console from warnings up, since the run prints its own progress lines; the file and the dashboard's log tail at
/// <c>logging.level</c>; every sink redacted), the run's metric set, the alert manager when <c>alerts:</c> has rules, and the
/// dashboard's token when <c>dashboard.enabled</c>. <see cref="AttachAsync"/> hands the engine its observer and starts the
/// dashboard. Dispose after the engine: it drains the alert queue and flushes the log file.
/// </summary>
internal sealed class RunObservability : IAsyncDisposable
{
    private readonly CliContext _context;
    private readonly SextantConfig _config;
    private readonly HttpClient? _http;
    private readonly LogTail _tail = new(500);

    private RunObservability(CliContext context, SextantConfig config, string root)
    {
        _context = context;
        _config = config;
        Token = config.Dashboard.Enabled ? DashboardToken.Resolve(config.Dashboard.TokenEnv, context.Environment) : null;
        var secrets = SecretValues.From(config, context.Environment).ToHashSet(StringComparer.Ordinal);
        if (Token is not null)
        {
            secrets.Add(Token.Value); // a generated token is printed once, never logged
        }

        Loggers = SerilogSetup.CreateFactory(config.Logging, root, context.Error, secrets, config.Dashboard.Enabled ? new LogTailSink(_tail) : null, LogEventLevel.Warning);
        if (config.Alerts is { Enabled: true, Rules.Count: > 0 })
        {
            _http = new HttpClient();
            try
            {
                Alerts = AlertManager.Create(config.Alerts, context.Environment, _http, TimeProvider.System, Loggers);
            }
            catch (InvalidOperationException ex)
            {
                _http.Dispose();
                Loggers.Dispose();
                throw new BacktestException(ex.Message + "; set it or remove the channel from alerts.channels");
            }
        }
    }

    /// <summary>The loggers for the engine and everything else in the run.</summary>
    public ILoggerFactory Loggers { get; }

    /// <summary>The run's metric set, served at the dashboard's /metrics.</summary>
    public SextantMetrics Metrics { get; } = new();

    /// <summary>The alert manager; null when <c>alerts:</c> has no rules or is disabled.</summary>
    public AlertManager? Alerts { get; }

    /// <summary>The dashboard's token; null when the dashboard is off.</summary>
    public DashboardToken? Token { get; }

    /// <summary>Builds logging, metrics and alerts for a run of <paramref name="config"/>; relative log paths resolve against <paramref name="root"/>.</summary>
    public static RunObservability Create(CliContext context, SextantConfig config, string root) => new(context, config, root);

    /// <summary>Gives <paramref name="engine"/> its observer and, when enabled, starts the dashboard and prints its address once.</summary>
    public async Task<RunAttachment> AttachAsync(TradingEngine engine, string runName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var observers = new EngineObservers(runName, Metrics, Alerts, _config.Dashboard.Enabled ? _tail : null, _config.Dashboard.Enabled, TimeProvider.System,
            Loggers.CreateLogger("Sextant.Cli.Run"), equityOnly: id => _config.Brokers.TryGetValue(id.Value, out var broker)
                && broker.AssetClasses.Count > 0 && broker.AssetClasses.All(c => c == AssetClass.Equity));
        engine.Observe(observers);
        if (!_config.Dashboard.Enabled)
        {
            return new RunAttachment(observers, null);
        }

        var dashboard = _config.Dashboard;
        DashboardHost host;
        try
        {
            host = await DashboardHost.StartAsync(new GatedDashboardSource(observers.Recorder!, engine.Gate), dashboard, new DashboardOptions { Token = Token! },
                Metrics, Loggers, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await observers.DisposeAsync().ConfigureAwait(false);
            var emulator = dashboard.Port == Emulator.EmulatorOptions.DefaultPort ? $" (sextant emulator listens on {dashboard.Port} by default)" : string.Empty;
            throw new BacktestException(
                $"dashboard.port {dashboard.Port} on {dashboard.Host} is not free{emulator}: {ex.Message.TrimEnd('.')}; choose another, e.g. --set dashboard.port=8781, or 0 for any free port");
        }

        var url = host.Url.ToString();
        Log.DashboardStarted(observers.Logger, runName, url);
        // A generated token is printed once so the user can get in; a token from the environment is the user's own secret and is not echoed.
        var login = Token!.Generated
            ? $"{host.LoginUrl}  (token generated for this run; set ${dashboard.TokenEnv} to choose one)"
            : $"{host.Url}?token=<value of ${dashboard.TokenEnv}>";
        await _context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"dashboard: {login}\nmetrics: {host.Url}metrics (Authorization: Bearer <token>)").AsMemory(), cancellationToken).ConfigureAwait(false);
        await _context.Error.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new RunAttachment(observers, host);
    }

    /// <summary>Drains the alert queue (up to 10 s) and flushes the logs.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Alerts is not null)
        {
            await Alerts.DisposeAsync().ConfigureAwait(false);
        }

        _http?.Dispose();
        Loggers.Dispose();
    }
}
