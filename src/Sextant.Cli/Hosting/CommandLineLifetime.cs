using Microsoft.Extensions.Hosting;

namespace Sextant.Cli.Hosting;

/// <summary>
/// The host's lifetime inside a <c>sextant</c> verb: the command line already turns Ctrl-C and SIGTERM into the
/// cancellation token the host runs with, so the host registers no signal handlers of its own and prints nothing.
/// </summary>
internal sealed class CommandLineLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
