using System.Net;
using Sextant.Dashboard.Security;
using Sextant.Dashboard.Tests.Support;
using Sextant.Tests.Shared;

namespace Sextant.Dashboard.Tests;

public sealed class TokenTests : IAsyncLifetime, IDisposable
{
    public static TheoryData<string, string> Endpoints { get; } = new()
    {
        { "GET", "/" },
        { "GET", "/assets/app.js" },
        { "GET", "/api/overview" },
        { "GET", "/api/equity" },
        { "GET", "/api/positions" },
        { "GET", "/api/orders" },
        { "POST", "/api/orders/pair-1-0-0/cancel" },
        { "GET", "/api/fills" },
        { "GET", "/api/signals" },
        { "GET", "/api/strategies" },
        { "GET", "/api/brokers" },
        { "GET", "/api/logs" },
        { "GET", "/api/live" },
        { "GET", "/api/events" },
        { "GET", "/api/report" },
        { "GET", "/api/report/files/summary.json" },
        { "GET", "/metrics" },
    };

    private readonly TestRun _run = new();
    private DashboardFactory _sut = null!;

    public async Task InitializeAsync()
    {
        await _run.SeedAsync();
        _sut = new DashboardFactory(_run.Recorder);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _sut.Dispose();

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Request_WithoutToken_Unauthorized(string method, string path)
    {
        using var client = _sut.Anonymous();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("BTCUSDT", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Request_WrongToken_Unauthorized(string method, string path)
    {
        using var client = _sut.Anonymous();
        client.DefaultRequestHeaders.Add(TokenFilter.HeaderName, DashboardFactory.TokenValue + "x");

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path + "?token=" + DashboardFactory.TokenValue[..^1]));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Cancel_WithoutToken_LeavesTheOrderWorking()
    {
        using var client = _sut.Anonymous();
        var id = _run.Crypto.Orders.OpenOrders.Single().Id;

        using var response = await client.PostAsync($"/api/orders/{id.Value}/cancel", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(Core.Orders.OrderStatus.Accepted, _run.Crypto.Orders.Find(id)!.Status);
    }

    [Fact]
    public async Task Page_TokenInQuery_SetsStrictHttpOnlyCookieAndRedirectsWithoutIt()
    {
        using var client = _sut.Anonymous();

        using var response = await client.GetAsync("/?token=" + DashboardFactory.TokenValue);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.StartsWith(TokenFilter.CookieName + "=" + DashboardFactory.TokenValue, cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Api_TokenCookie_Authorized()
    {
        using var client = _sut.Anonymous();
        client.DefaultRequestHeaders.Add("Cookie", TokenFilter.CookieName + "=" + DashboardFactory.TokenValue);

        using var response = await client.GetAsync("/api/overview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Page_WithoutToken_ExplainsHowToGetIn()
    {
        using var client = _sut.Anonymous();

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Token required", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_VariableSet_UsesItElseGeneratesARandomOne()
    {
        var fromEnv = DashboardToken.Resolve("SEXTANT_DASHBOARD_TOKEN", new Dictionary<string, string> { ["SEXTANT_DASHBOARD_TOKEN"] = "from-the-environment-123" });
        var generated = DashboardToken.Resolve("SEXTANT_DASHBOARD_TOKEN", new Dictionary<string, string>());
        var other = DashboardToken.Resolve("SEXTANT_DASHBOARD_TOKEN", new Dictionary<string, string>());

        Assert.False(fromEnv.Generated);
        Assert.Equal("from-the-environment-123", fromEnv.Value);
        Assert.True(generated.Generated);
        Assert.True(generated.Value.Length >= 40);
        Assert.NotEqual(generated.Value, other.Value);
        Assert.DoesNotContain(generated.Value, generated.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("test-token-0123456789abcde", false)]
    [InlineData("test-token-0123456789abcdefg", false)]
    [InlineData("test-token-0123456789abcdef", true)]
    public void Matches_Candidate_OnlyTheExactToken(string? candidate, bool expected) =>
        Assert.Equal(expected, new DashboardToken(DashboardFactory.TokenValue, generated: false).Matches(candidate));

    [Fact]
    public void Constructor_ShortToken_Refused() =>
        Assert.Throws<ArgumentException>(() => new DashboardToken("short", generated: false));
}
