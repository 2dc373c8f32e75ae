using System.CommandLine;
using Sextant.Cli.Commands;
using Sextant.Config.Validation;
using Sextant.Data.Sources;

namespace Sextant.Cli;

/// <summary>The <c>sextant</c> command tree and its error handling: exit 0 ok, 1 run-time failure, 2 bad input.</summary>
public static class SextantApp
{
    /// <summary>Builds the root command. Only verbs that work are registered.</summary>
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("Sextant: a broker-agnostic quantitative trading engine. One strategy code path for backtest, paper and live.");
        root.Subcommands.Add(BacktestCommand.Build(context));
        root.Subcommands.Add(OptimizeCommand.Build(context));
        root.Subcommands.Add(RunCommand.Build(context));
        root.Subcommands.Add(JournalCommand.Build(context));
        root.Subcommands.Add(ResearchCommands.Build(context));
        root.Subcommands.Add(ConfigCommands.Build(context));
        root.Subcommands.Add(EmulatorCommand.Build(context));
        root.Subcommands.Add(DashboardCommand.Build(context));
        root.Subcommands.Add(BrokerCommands.Build(context));
        root.Subcommands.Add(DataCommands.Build(context));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync("error: " + error.Message);
            }

            await context.Error.WriteLineAsync("Run 'sextant --help' (or '<verb> --help') to see the usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,

                // Ctrl-C and SIGTERM cancel the verb's token; a graceful stop of `sextant run` (cancels confirmed, journal
                // flushed, summary printed) gets this long before the process is ended anyway with 130 / 143.
                ProcessTerminationTimeout = Commands.RunCommand.ShutdownTimeout + TimeSpan.FromSeconds(15),
            }, cancellationToken);
        }
        catch (ConfigException ex)
        {
            await context.Error.WriteLineAsync(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is Backtest.Engine.BacktestException or DataException or InvalidDataException)
        {
            await context.Error.WriteLineAsync("error: " + ex.Message);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("Cancelled.");
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The top level turns any failure into a message and exit code 1 instead of a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await context.Error.WriteLineAsync($"error: {ex.Message} ({ex.GetType().Name})");
            return ExitCodes.Failure;
        }
    }
}
