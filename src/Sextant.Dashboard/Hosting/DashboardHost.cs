using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sextant.Config.Schema;
using Sextant.Dashboard.Source;
using Sextant.Metrics;

namespace Sextant.Dashboard.Hosting;

/// <summary>
/// A running dashboard on its own Kestrel listener (the <c>dashboard:</c> host and port; port 0 picks a free one).
/// <c>sextant dashboard</c> and <c>sextant run</c> start it with <see cref="StartAsync"/>; dispose to stop.
/// </summary>
public sealed class DashboardHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DashboardHost(WebApplication app, Uri url, DashboardOptions options)
    {
        _app = app;
        Url = url;
        Options = options;
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:8780/</c>.</summary>
    public Uri Url { get; }

    /// <summary>The address with the token, to print once at start (it is a secret: never log it).</summary>
    public Uri LoginUrl => new(Url, "?token=" + Uri.EscapeDataString(Options.Token.Value));

    /// <summary>What it serves with.</summary>
    public DashboardOptions Options { get; }

    /// <summary>Starts serving <paramref name="source"/> on <c>config.host:config.port</c> and returns once it listens.</summary>
    /// <param name="source">The run to show.</param>
    /// <param name="config">Host and port (the config validation keeps the host on loopback unless <c>allow_remote</c>).</param>
    /// <param name="options">The token and the optional report directory.</param>
    /// <param name="metrics">The run's metric set for /metrics; a new empty one when null.</param>
    /// <param name="loggerFactory">Where the web host logs (warnings and up); none when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<DashboardHost> StartAsync(IDashboardSource source, DashboardConfig config, DashboardOptions options, SextantMetrics? metrics = null,
        ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(DashboardHost).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        if (loggerFactory is not null)
        {
            // The web host's own lines go to the run's loggers, warnings and up; a failed start (port taken) is the caller's to report.
            builder.Logging.AddProvider(new ForwardingProvider(loggerFactory));
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        }

        var address = config.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(config.Host);
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(address, config.Port));
        builder.Services.AddSextantDashboard(source, options, metrics);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5)); // event streams end on stopping; nothing else lingers
        var app = builder.Build();
        app.MapSextantDashboard();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address");
        var port = new Uri(bound).Port;
        var host = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        return new DashboardHost(app, new Uri($"http://{host}:{port}/"), options);
    }

    /// <summary>Stops serving; open event streams end.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Hands the web host's loggers to a factory it does not own, so the host's filters apply and disposing the host leaves it open.</summary>
    private sealed class ForwardingProvider(ILoggerFactory target) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => target.CreateLogger(categoryName);

        public void Dispose()
        {
        }
    }
}
