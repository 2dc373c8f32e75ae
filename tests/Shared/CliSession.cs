using System.Text.RegularExpressions;
using Sextant.Cli;

namespace Sextant.Tests.Shared;

/// <summary>
/// The <c>sextant</c> command running in-process in the background (a paper run, say), exactly as <c>Program.cs</c> runs it
/// but with its output readable while it runs, a wait for a line, and Ctrl-C. Waits poll a condition with a generous
/// timeout and fail with everything the command printed.
/// </summary>
internal sealed class CliSession : IAsyncDisposable
{
    private readonly CancellationTokenSource _ctrlC = new();

    private CliSession(IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var context = new CliContext(Output, Error, environment, RepoRoot);
        Exit = Task.Run(() => SextantApp.RunAsync(args, context, _ctrlC.Token));
    }

    /// <summary>The repository root (where <c>Sextant.slnx</c> is), the command's working directory.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Standard output as written so far.</summary>
    public LiveWriter Output { get; } = new();

    /// <summary>Standard error (progress lines, the dashboard address) as written so far.</summary>
    public LiveWriter Error { get; } = new();

    /// <summary>Completes with the exit code.</summary>
    public Task<int> Exit { get; }

    /// <summary>Everything printed so far, for failure messages.</summary>
    public string Printed => $"stdout:\n{Output.Text}\nstderr:\n{Error.Text}";

    /// <summary>Starts <c>sextant <paramref name="args"/></c> with <paramref name="environment"/> as its whole environment.</summary>
    public static CliSession Start(IReadOnlyDictionary<string, string> environment, params string[] args) => new(environment, args);

    /// <summary>Waits until standard error or output matches <paramref name="pattern"/>; fails if the command ends first or the time runs out.</summary>
    public async Task<Match> WaitForLineAsync(Regex pattern, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var match = pattern.Match(Error.Text + "\n" + Output.Text);
            if (match.Success)
            {
                return match;
            }

            if (Exit.IsCompleted || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"'{pattern}' never appeared (exit: {(Exit.IsCompleted ? Exit.Result.ToString(System.Globalization.CultureInfo.InvariantCulture) : "still running")}).\n{Printed}");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Ctrl-C: asks the command to stop and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _ctrlC.CancelAsync();
        return await Exit.WaitAsync(TimeSpan.FromSeconds(90));
    }

    public async ValueTask DisposeAsync()
    {
        if (!Exit.IsCompleted)
        {
            await StopAsync();
        }

        _ctrlC.Dispose();
        Output.Dispose();
        Error.Dispose();
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
