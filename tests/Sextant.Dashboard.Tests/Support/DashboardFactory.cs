using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sextant.Dashboard.Hosting;
using Sextant.Dashboard.Security;
using Sextant.Dashboard.Source;
using Sextant.Metrics;

namespace Sextant.Dashboard.Tests.Support;

/// <summary>The dashboard in memory (TestServer), serving a given source with a known token, wired exactly as <see cref="DashboardHost"/> wires it.</summary>
internal sealed class DashboardFactory(IDashboardSource source, string? reportDirectory = null, SextantMetrics? metrics = null) : WebApplicationFactory<DashboardFactory>
{
    public const string TokenValue = "test-token-0123456789abcdef";

    public SextantMetrics Metrics { get; } = metrics ?? new SextantMetrics();

    /// <summary>A client that sends the token as a bearer header.</summary>
    public HttpClient Authorized()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TokenValue);
        return client;
    }

    /// <summary>A client without the token.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    protected override IHostBuilder CreateHostBuilder() => Host.CreateDefaultBuilder();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.ConfigureServices(services =>
        {
            services.AddRouting();
            services.AddSextantDashboard(source, new DashboardOptions
            {
                Token = new DashboardToken(TokenValue, generated: false),
                ReportDirectory = reportDirectory,
                PushInterval = TimeSpan.FromMilliseconds(20),
            }, Metrics);
        });
        builder.Configure(app =>
        {
            app.UseRouting();
            app.UseEndpoints(endpoints => endpoints.MapSextantDashboard());
        });
    }
}
