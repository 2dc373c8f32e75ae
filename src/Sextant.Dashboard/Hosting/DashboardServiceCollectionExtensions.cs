using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sextant.Dashboard.Source;
using Sextant.Metrics;

namespace Sextant.Dashboard.Hosting;

/// <summary>Registers what <see cref="DashboardEndpoints.MapSextantDashboard"/> needs.</summary>
public static class DashboardServiceCollectionExtensions
{
    /// <summary>Registers the source, the options (token included), the metric set (a new one when null) and the JSON settings.</summary>
    public static IServiceCollection AddSextantDashboard(this IServiceCollection services, IDashboardSource source, DashboardOptions options, SextantMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(source);
        services.AddSingleton(options);
        services.AddSingleton(options.Token);
        services.AddSingleton(metrics ?? new SextantMetrics());
        services.TryAddSingleton(options.Clock);
        services.ConfigureHttpJsonOptions(json =>
        {
            // A z-score can be NaN before its window fills; write it rather than fail the whole response.
            json.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        return services;
    }
}
