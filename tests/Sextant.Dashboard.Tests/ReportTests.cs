using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sextant.Dashboard.Source;
using Sextant.Dashboard.Tests.Support;

namespace Sextant.Dashboard.Tests;

public sealed class ReportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sextant-report-").FullName;

    public ReportTests()
    {
        // The files and formats `sextant backtest --report DIR` writes (CsvReports, SummaryJson).
        File.WriteAllText(Path.Combine(_dir, "summary.json"), """{ "name": "crypto_pair", "total_return": 0.0123, "sharpe": 1.4, "max_drawdown": 0.031, "fills": 42 }""");
        File.WriteAllText(Path.Combine(_dir, "equity.csv"), "time,equity,drawdown\n2023-04-01T00:00:00Z,100000,0\n2023-04-01T00:01:00Z,100500.5,0\n2023-04-01T00:02:00Z,99000,0.0149\n");
        File.WriteAllText(Path.Combine(_dir, "report.html"), "<html><body>report</body></html>");
        File.WriteAllText(Path.Combine(_dir, "notes.exe"), "not served");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Report_Directory_SummaryEquityAndFiles()
    {
        await using var factory = new DashboardFactory(new DashboardRecorder("report", "standalone"), _dir);
        using var client = factory.Authorized();

        var report = await client.GetFromJsonAsync<JsonElement>("/api/report");

        Assert.Equal(0.0123, report.GetProperty("summary").GetProperty("total_return").GetDouble());
        Assert.Equal([1680307200, 1680307260, 1680307320], report.GetProperty("equity").GetProperty("t").EnumerateArray().Select(t => t.GetDouble()));
        Assert.Equal(100500.5, report.GetProperty("equity").GetProperty("equity")[1].GetDouble());
        Assert.Equal(["equity.csv", "report.html", "summary.json"], report.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task ReportFile_Html_ServedSandboxed()
    {
        await using var factory = new DashboardFactory(new DashboardRecorder("report", "standalone"), _dir);
        using var client = factory.Authorized();

        using var response = await client.GetAsync("/api/report/files/report.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("sandbox", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("<html><body>report</body></html>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("notes.exe")]
    [InlineData("..%2Fsecret.json")]
    [InlineData("missing.csv")]
    public async Task ReportFile_NotAReportFile_NotFound(string name)
    {
        await using var factory = new DashboardFactory(new DashboardRecorder("report", "standalone"), _dir);
        using var client = factory.Authorized();

        using var response = await client.GetAsync("/api/report/files/" + name);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Report_NoneConfigured_NotFound()
    {
        await using var factory = new DashboardFactory(new DashboardRecorder("live", "paper"));
        using var client = factory.Authorized();

        using var response = await client.GetAsync("/api/report");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
