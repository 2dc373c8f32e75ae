using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sextant.Emulator.Alpaca;
using Sextant.Emulator.Binance;

namespace Sextant.Emulator.Hosting;

/// <summary>Builds the Kestrel app: 127.0.0.1 only, fault middleware first, then both venues' paths and the admin endpoints.</summary>
internal static class EmulatorApp
{
    public static (WebApplication App, EmulatorControl Control, EmulatorState State) Build(EmulatorOptions options)
    {
        var state = new EmulatorState(options);
        // No configuration file is read, so none is watched for changes (a watcher thread wakes on every write in the folder).
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorApp).Assembly.GetName().Name,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = options.InlineScheduling);
        builder.Services.AddSingleton(options.Time);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.PropertyNamingPolicy = null);

        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromMinutes(3) });
        if (options.Probe is not null)
        {
            app.Use((context, next) =>
            {
                context.Items[Binance.BinanceApi.ArrivedKey] = System.Diagnostics.Stopwatch.GetTimestamp();
                return next(context);
            });
        }

        app.Use((context, next) => state.Faults.InvokeAsync(context, next));

        var binance = new BinanceApi(state);
        var alpaca = new AlpacaApi(state);
        binance.Map(app);
        binance.MapStreams(app);
        alpaca.Map(app);
        app.Map("/stream", (HttpContext context) => context.Request.Query.ContainsKey("streams")
            ? binance.CombinedAsync(context)
            : alpaca.TradingStreamAsync(context));

        var control = new EmulatorControl(state, binance);
        AdminEndpoints.Map(app, control);
        return (app, control, state);
    }
}
