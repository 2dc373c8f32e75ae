using System.Diagnostics;

namespace Sextant.Cli.Tests.Support;

/// <summary>Runs the sextant command in-process (fast) or as a real process (exit codes and streams as a user sees them).</summary>
internal static class CliRunner
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, environment ?? new Dictionary<string, string>(), RepoRoot);
        var code = await SextantApp.RunAsync(args, context);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(null, args);

    /// <summary>Starts <c>dotnet sextant.dll</c> from the test output folder with the repository as working directory.</summary>
    public static async Task<CliResult> RunProcessAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sextant.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    private static string FindRepoRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Sextant.slnx")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error);
