using Spectre.Console;

namespace Sextant.Cli.Output;

/// <summary>A Spectre.Console surface over a command's output writer, so tables render the same in a terminal, in a pipe and in tests (colour only in a terminal).</summary>
internal static class Terminal
{
    public static IAnsiConsole For(TextWriter writer)
    {
        var interactive = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = 120; // pipes and CI logs: wide enough that tables do not wrap
        }

        return console;
    }
}
