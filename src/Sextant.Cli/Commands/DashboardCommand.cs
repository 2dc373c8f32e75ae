using System.CommandLine;
using System.Globalization;
using Sextant.Cli.Hosting;
using Sextant.Dashboard.Hosting;
using Sextant.Dashboard.Security;
using Sextant.Dashboard.Source;

namespace Sextant.Cli.Commands;

/// <summary>
/// <c>sextant dashboard [CONFIG] [--report DIR] [--port P]</c>: serves the dashboard on loopback until Ctrl-C. Standalone it
/// has no engine attached and shows a backtest report directory; <c>sextant run</c> hosts the same dashboard over a live run
/// when <c>dashboard.enabled</c> is set.
/// </summary>
internal static class DashboardCommand
{
    public static Command Build(CliContext context)
    {
        var file = new Argument<string?>("config") { Description = $"Config file for the dashboard: section (default: {ProjectLayout.DefaultConfig}).", Arity = ArgumentArity.ZeroOrOne };
        var set = CommonOptions.Set();
        var report = new Option<string?>("--report") { Description = "A backtest report directory (from sextant backtest --report DIR) to show.", HelpName = "dir" };
        var port = new Option<int?>("--port") { Description = "TCP port (0 = any free port); overrides dashboard.port.", HelpName = "port" };
        var command = new Command("dashboard", "Serve the dashboard on 127.0.0.1 (token-protected) until Ctrl-C: a backtest report directory now, the live run inside sextant run.")
        {
            file, set, report, port,
        };
        command.SetAction(async (parse, ct) =>
        {
            var loaded = CommonOptions.Load(context, parse.GetValue(file), parse.GetValue(set) ?? [], checkSecrets: false);
            var config = loaded.Config.Dashboard;
            if (parse.GetValue(port) is { } p)
            {
                if (p is < 0 or > 65535)
                {
                    await context.Error.WriteLineAsync("error: --port must be 0-65535".AsMemory(), ct);
                    return ExitCodes.BadInput;
                }

                config = config with { Port = p };
            }

            string? reportDir = null;
            if (parse.GetValue(report) is { } dir)
            {
                reportDir = Path.GetFullPath(dir, context.WorkingDirectory);
                if (!Directory.Exists(reportDir))
                {
                    await context.Error.WriteLineAsync($"error: --report: no directory {reportDir}; write one with sextant backtest --report DIR".AsMemory(), ct);
                    return ExitCodes.BadInput;
                }
            }

            var token = DashboardToken.Resolve(config.TokenEnv, context.Environment);
            var name = Path.GetFileNameWithoutExtension(loaded.Files[^1]);
            var source = new DashboardRecorder(reportDir is null ? name : Path.GetFileName(reportDir), "standalone");
            await using var host = await DashboardHost.StartAsync(source, config, new DashboardOptions { Token = token, ReportDirectory = reportDir }, cancellationToken: ct);

            // A generated token is printed once so the user can get in; a token from the environment is the user's own secret and is not echoed.
            var lines = string.Create(CultureInfo.InvariantCulture, $"""
                Sextant dashboard on {host.Url} (standalone: no engine attached{(reportDir is null ? string.Empty : "; report " + reportDir)})
                {(token.Generated ? $"open {host.LoginUrl}  (token generated for this session; set ${config.TokenEnv} to choose one)" : $"open {host.Url}?token=<value of ${config.TokenEnv}>")}
                Prometheus: {host.Url}metrics (Authorization: Bearer <token>). Ctrl-C stops.
                """);
            await context.Output.WriteLineAsync(lines.AsMemory(), ct);
            await context.Output.FlushAsync(ct);
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                await context.Output.WriteLineAsync("dashboard stopped".AsMemory(), CancellationToken.None);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
