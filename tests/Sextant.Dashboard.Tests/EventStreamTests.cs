using System.Net.Http.Headers;
using System.Text.Json;
using Sextant.Dashboard.Tests.Support;
using Sextant.Tests.Shared;

namespace Sextant.Dashboard.Tests;

public sealed class EventStreamTests
{
    [Fact]
    public async Task Events_NewFill_PushedWithoutAsking()
    {
        var run = new TestRun();
        await run.SeedAsync();
        await using var factory = new DashboardFactory(run.Recorder);
        using var client = factory.Authorized();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        var first = await NextStateAsync(reader, timeout.Token);
        Assert.Equal(3, first.GetProperty("fills").GetArrayLength());

        // A new fill in the engine: the resting BTC limit at 30,000 fills when a bar trades through it.
        run.Minute(29_900, 1_990, 452);

        JsonElement next;
        do
        {
            next = await NextStateAsync(reader, timeout.Token);
        }
        while (next.GetProperty("fills").GetArrayLength() < 4);

        var fill = next.GetProperty("fills")[0];
        Assert.Equal("BTCUSDT", fill.GetProperty("symbol").GetString());
        Assert.Equal(0.1m, fill.GetProperty("quantity").GetDecimal());
        Assert.Equal(0, next.GetProperty("orders").GetArrayLength());
    }

    [Fact]
    public async Task Events_HostStops_StreamEndsCleanlyInsteadOfHoldingTheShutdown()
    {
        var run = new TestRun();
        await run.SeedAsync();
        var host = await Hosting.DashboardHost.StartAsync(run.Recorder, new Config.Schema.DashboardConfig { Port = 0 },
            new Hosting.DashboardOptions { Token = new Security.DashboardToken(DashboardFactory.TokenValue, generated: false) });
        using var client = new HttpClient { BaseAddress = host.Url };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DashboardFactory.TokenValue);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await client.GetAsync("api/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        await NextStateAsync(reader, timeout.Token);

        var stopping = host.DisposeAsync().AsTask();

        // A stream cut off by the host's shutdown timeout would end in a reset (IOException); this one ends as a stream does.
        while (await reader.ReadLineAsync(timeout.Token) is not null)
        {
        }

        await stopping.WaitAsync(timeout.Token);
    }

    private static async Task<JsonElement> NextStateAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var isState = false;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line == "event: state")
            {
                isState = true;
            }
            else if (isState && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
        }

        throw new EndOfStreamException("the event stream ended");
    }
}
