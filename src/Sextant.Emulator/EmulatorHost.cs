using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Sextant.Emulator.Hosting;

namespace Sextant.Emulator;

/// <summary>
/// A running emulator: Binance US and Alpaca paths on one port of 127.0.0.1. Start it in-process with
/// <see cref="StartAsync"/> (tests use port 0 for a free port and speed 0 to move prices by hand); dispose to stop.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;
    private readonly CancellationTokenSource _stopping = new();
    private Task _replay = Task.CompletedTask;

    private EmulatorHost(WebApplication app, EmulatorControl control, EmulatorState state)
    {
        _app = app;
        _state = state;
        Control = control;
    }

    /// <summary>The REST base URL, e.g. <c>http://127.0.0.1:8765/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The WebSocket base URL, e.g. <c>ws://127.0.0.1:8765/</c>.</summary>
    public Uri StreamUrl { get; private set; } = null!;

    /// <summary>Prices, faults and streams of this emulator.</summary>
    public EmulatorControl Control { get; }

    /// <summary>The options it runs with (key and secret included: they are test credentials).</summary>
    public EmulatorOptions Options => _state.Options;

    /// <summary>Starts the emulator and its replay clock; returns once it listens.</summary>
    public static async Task<EmulatorHost> StartAsync(EmulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (app, control, state) = EmulatorApp.Build(options);
        var host = new EmulatorHost(app, control, state);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetService(typeof(IServer)) is IServer server
            ? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            : null;
        var port = new Uri(address ?? throw new InvalidOperationException("Kestrel reported no address")).Port;
        var baseUrl = $"http://127.0.0.1:{port}/";
        host.BaseUrl = new Uri(baseUrl);
        host.StreamUrl = new Uri($"ws://127.0.0.1:{port}/");
        host._replay = state.Feed.RunAsync(state.Time, host._stopping.Token);
        Log.Started(state.Logger, baseUrl, options.Speed);
        return host;
    }

    /// <summary>Stops serving: drops the streams, then shuts Kestrel down.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _replay.ConfigureAwait(false);
        _state.Hub.DropAll();
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
        Log.Stopped(_state.Logger);
    }
}
