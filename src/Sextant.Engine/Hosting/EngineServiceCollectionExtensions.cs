using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sextant.Engine.Running;

namespace Sextant.Engine.Hosting;

/// <summary>Registers the paper/live engine with a host.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine built from <paramref name="options"/> (logging through the host's <see cref="ILoggerFactory"/>) as a
    /// hosted <see cref="EngineService"/> that runs for <paramref name="duration"/> or until the host stops, and the
    /// <see cref="EngineRun"/> it reports into. The container owns and disposes the engine.
    /// </summary>
    public static IServiceCollection AddTradingEngine(this IServiceCollection services, EngineOptions options, TimeSpan? duration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(sp => TradingEngine.Create(options with { Loggers = sp.GetRequiredService<ILoggerFactory>() }));
        services.AddSingleton<EngineRun>();
        services.AddHostedService(sp => new EngineService(sp.GetRequiredService<TradingEngine>(), sp.GetRequiredService<EngineRun>(),
            sp.GetRequiredService<IHostApplicationLifetime>(), duration));
        return services;
    }
}
