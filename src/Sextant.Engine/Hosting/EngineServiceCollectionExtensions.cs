using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sextant.Engine.Running;

namespace Sextant.Engine.Hosting;

/// <summary>Registers the paper/live engine with a host.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds <paramref name="engine"/> as a hosted <see cref="EngineService"/> that runs for <paramref name="duration"/> or
    /// until the host stops, and the <see cref="EngineRun"/> it reports into. The caller owns the engine and disposes it
    /// (after whatever observes it), so the container does not.
    /// </summary>
    public static IServiceCollection AddTradingEngine(this IServiceCollection services, TradingEngine engine, TimeSpan? duration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(engine);
        services.AddSingleton(engine);
        services.AddSingleton<EngineRun>();
        services.AddHostedService(sp => new EngineService(engine, sp.GetRequiredService<EngineRun>(), sp.GetRequiredService<IHostApplicationLifetime>(), duration));
        return services;
    }
}
