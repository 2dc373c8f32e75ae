using System.Net;
using System.Text.RegularExpressions;
using Sextant.Cli.Tests.Support;

namespace Sextant.Cli.Tests.Commands;

public sealed partial class DashboardCommandTests : IDisposable
{
    private readonly string _report = Directory.CreateTempSubdirectory("sextant-cli-report-").FullName;

    public DashboardCommandTests() =>
        File.WriteAllText(Path.Combine(_report, "summary.json"), """{ "name": "crypto_pair", "total_return": 0.01 }""");

    public void Dispose() => Directory.Delete(_report, recursive: true);

    [Fact]
    public async Task Dashboard_GeneratedToken_PrintsLoginUrlServesReportRefusesWithoutTokenAndStopsOnCancel()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var synchronized = TextWriter.Synchronized(output);
        var context = new CliContext(synchronized, error, new Dictionary<string, string>(), CliRunner.RepoRoot);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var run = SextantApp.RunAsync(["dashboard", "--port", "0", "--report", _report], context, stop.Token);
        var login = await WaitForLoginUrlAsync(synchronized, output, run);

        using var http = new HttpClient();
        var baseUrl = new Uri(login.GetLeftPart(UriPartial.Path));
        var token = login.Query["?token=".Length..];
        Assert.Equal("127.0.0.1", baseUrl.Host);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(new Uri(baseUrl, "api/report"))).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, "api/report"));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Uri.UnescapeDataString(token));
        var report = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("\"total_return\":0.01", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await stop.CancelAsync();
        Assert.Equal(ExitCodes.Ok, await run);
    }

    [Fact]
    public async Task Dashboard_TokenFromEnvironment_NotEchoed()
    {
        using var output = new StringWriter();
        var synchronized = TextWriter.Synchronized(output);
        var env = new Dictionary<string, string> { ["SEXTANT_DASHBOARD_TOKEN"] = "my-own-secret-token-value" };
        var context = new CliContext(synchronized, new StringWriter(), env, CliRunner.RepoRoot);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var run = SextantApp.RunAsync(["dashboard", "--port", "0"], context, stop.Token);
        while (!output.ToString().Contains("Ctrl-C", StringComparison.Ordinal) && !run.IsCompleted)
        {
            await Task.Delay(20);
        }

        await stop.CancelAsync();
        Assert.Equal(ExitCodes.Ok, await run);
        Assert.DoesNotContain("my-own-secret-token-value", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("$SEXTANT_DASHBOARD_TOKEN", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_MissingReportDirectory_ExitsWithBadInput()
    {
        var result = await CliRunner.RunAsync("dashboard", "--port", "0", "--report", Path.Combine(_report, "nope"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--report", result.Error, StringComparison.Ordinal);
    }

    private static async Task<Uri> WaitForLoginUrlAsync(TextWriter synchronized, StringWriter output, Task<int> run)
    {
        for (var i = 0; i < 1500 && !run.IsCompleted; i++)
        {
            await synchronized.FlushAsync();
            if (LoginUrl().Match(output.ToString()) is { Success: true } match)
            {
                return new Uri(match.Value);
            }

            await Task.Delay(20);
        }

        throw new InvalidOperationException("no login URL printed: " + output);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/\?token=[A-Za-z0-9_%-]+")]
    private static partial Regex LoginUrl();
}
