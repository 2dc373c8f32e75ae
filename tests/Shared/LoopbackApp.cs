using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sextant.Tests.Shared;

/// <summary>A minimal ASP.NET Core app on 127.0.0.1 at a free port, logging nothing: the outer edge a test plays (a webhook receiver, a venue's stream).</summary>
internal static class LoopbackApp
{
    /// <summary>Builds the app, lets <paramref name="map"/> add its endpoints, starts it; returns it with its base address (ending in '/').</summary>
    public static async Task<(WebApplication App, Uri Url)> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri($"http://127.0.0.1:{new Uri(address).Port}/"));
    }
}
