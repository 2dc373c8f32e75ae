using Sextant.Dashboard.Hosting;

namespace Sextant.Cli.Observability;

/// <summary>A run's observer and its dashboard; dispose before the engine, so no request reaches an engine that is gone.</summary>
internal sealed class RunAttachment(EngineObservers observers, DashboardHost? dashboard) : IAsyncDisposable
{
    /// <summary>The engine's observer.</summary>
    public EngineObservers Observers { get; } = observers;

    /// <summary>The dashboard; null when <c>dashboard.enabled</c> is false.</summary>
    public DashboardHost? Dashboard { get; } = dashboard;

    /// <summary>Stops the dashboard, then the sampler.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Dashboard is not null)
        {
            await Dashboard.DisposeAsync().ConfigureAwait(false);
        }

        await Observers.DisposeAsync().ConfigureAwait(false);
    }
}
