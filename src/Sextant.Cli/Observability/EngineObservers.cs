using Microsoft.Extensions.Logging;
using Sextant.Alerts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Dashboard.Logs;
using Sextant.Dashboard.Source;
using Sextant.Engine.Observability;
using Sextant.Metrics;
using Sextant.Portfolio;

namespace Sextant.Cli.Observability;

/// <summary>
/// The run's one <see cref="IEngineObserver"/>: fans what the engine does out to the dashboard (<see cref="DashboardRecorder"/>),
/// the Prometheus metrics (<see cref="SextantMetrics"/>) and the alerts (<see cref="AlertManager"/>). Orders and fills reach all
/// three through listeners on each order manager. Per bar it only updates equity peaks, drawdowns and arrival times in arrays
/// sized at start (no allocation, no I/O; the alert manager queues what it sends); whatever copies, formats or snapshots runs
/// in a sampler every <see cref="SampleInterval"/>, between two bars (<see cref="EngineGate"/>).
/// </summary>
internal sealed partial class EngineObservers : IEngineObserver, IAsyncDisposable
{
    private readonly SextantMetrics _metrics;
    private readonly AlertManager? _alerts;
    private readonly LogTail? _dashboardLog;
    private readonly bool _dashboard;
    private readonly string _runName;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Func<BrokerId, bool> _equityOnly;
    private readonly CancellationTokenSource _stopping = new();
    private EngineView? _view;
    private Task _sampler = Task.CompletedTask;

    /// <summary>Creates the fan-out; nothing is attached until the engine calls <see cref="OnStart"/>.</summary>
    /// <param name="runName">The run's name on the dashboard.</param>
    /// <param name="metrics">The run's metric set (served at /metrics).</param>
    /// <param name="alerts">The alert manager, or null when no rule is configured.</param>
    /// <param name="dashboardLog">The log tail the dashboard shows, or null without a dashboard.</param>
    /// <param name="dashboard">True to keep a <see cref="Recorder"/> for the dashboard.</param>
    /// <param name="time">Wall clock for arrival times, ages and the sampler.</param>
    /// <param name="logger">Where edges (disconnects, kill switch, errors) are logged.</param>
    /// <param name="sampleInterval">How often the sampler runs. Default 250 ms (the dashboard's push interval).</param>
    /// <param name="equityOnly">Whether a broker trades US equities only: the stale-data rule then counts only regular-session time for the series it alone trades (no alert over a weekend).</param>
    public EngineObservers(string runName, SextantMetrics metrics, AlertManager? alerts, LogTail? dashboardLog, bool dashboard, TimeProvider time, ILogger logger,
        TimeSpan? sampleInterval = null, Func<BrokerId, bool>? equityOnly = null)
    {
        _equityOnly = equityOnly ?? (_ => false);
        _runName = runName;
        _metrics = metrics;
        _alerts = alerts;
        _dashboardLog = dashboardLog;
        _dashboard = dashboard;
        _time = time;
        _logger = logger;
        SampleInterval = sampleInterval ?? TimeSpan.FromMilliseconds(250);
    }

    /// <summary>How often equity, health and data ages are sampled.</summary>
    public TimeSpan SampleInterval { get; }

    /// <summary>The dashboard's source of the run; null without a dashboard or before <see cref="OnStart"/>.</summary>
    public DashboardRecorder? Recorder { get; private set; }

    /// <summary>Every broker's portfolio and the totals (USD; stablecoins 1:1); null before <see cref="OnStart"/>.</summary>
    public MetaPortfolio? Portfolio { get; private set; }

    /// <summary>Where the run's own lines go (<c>Sextant.Cli.Run</c>).</summary>
    public ILogger Logger => _logger;

    /// <summary>The engine being observed; null before <see cref="OnStart"/>.</summary>
    public EngineView? View => _view;

    /// <inheritdoc />
    public void OnStart(EngineView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        _view = view;
        Portfolio = new MetaPortfolio(new Asset("USD"));
        foreach (var broker in view.Brokers)
        {
            Portfolio.Add(broker.Id, broker.Portfolio);
        }

        if (_dashboard)
        {
            // Inline: the dashboard's cancels come in through the engine's gate (GatedDashboardSource), so they run between bars.
            Recorder = new DashboardRecorder(_runName, view.Mode, Portfolio, _dashboardLog, new DashboardRecorderOptions { InlineCancels = true });
        }

        var metrics = new MetricsOrderListener(_metrics);
        foreach (var broker in view.Brokers)
        {
            Recorder?.Attach(broker.Orders);
            broker.Orders.AddListener(metrics);
            if (_alerts is not null)
            {
                broker.Orders.AddListener(_alerts);
            }
        }

        PrepareTracking(view);
        Sample();
        _sampler = Task.Run(() => SampleLoopAsync(_stopping.Token), CancellationToken.None);
    }

    /// <inheritdoc />
    public void OnSignal(BrokerId broker, Signal signal) => Recorder?.RecordSignal(signal);

    /// <inheritdoc />
    public void OnOrderSent(BrokerId broker, TimeSpan sinceBar) => _metrics.BarToOrder(broker, sinceBar);

    /// <inheritdoc />
    public void OnRefused(BrokerId broker, Signal signal, RejectReason reason, string? message)
    {
        ArgumentNullException.ThrowIfNull(signal);
        Recorder?.RecordRefusal(signal.Strategy);
        _metrics.Rejected(broker, reason);
        _alerts?.OnReject(broker, signal.Strategy, signal.Symbol, reason, message ?? reason.ToString());
    }

    /// <inheritdoc />
    public void OnKillSwitch(BrokerId broker, string reason)
    {
        Log.KillSwitch(_logger, broker.Value, reason);
        _metrics.KillSwitch(broker, true);
        _alerts?.OnKillSwitch(broker, reason);
    }

    /// <inheritdoc />
    public void OnError(Exception exception, string where)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Log.EngineError(_logger, exception, where, exception.Message);
        _alerts?.OnError(exception, where);
    }

    /// <inheritdoc />
    public void OnStop()
    {
        _stopping.Cancel();
        Sample(); // the engine holds the gate: the final state, after the shutdown's cancels
    }

    /// <summary>Stops the sampler.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _sampler.ConfigureAwait(false);
        _stopping.Dispose();
    }
}
