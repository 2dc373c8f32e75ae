using System.CommandLine;
using Sextant.Cli.Hosting;
using Sextant.Config.Loading;
using Sextant.Config.Validation;

namespace Sextant.Cli.Commands;

/// <summary>Options shared by the verbs that load a configuration.</summary>
internal static class CommonOptions
{
    public static Option<string[]> Set() => new("--set")
    {
        Description = "Override a config value: path=value (lists by index, e.g. strategies[0].entry_z=2.5). Repeatable; applied last.",
        HelpName = "path=value",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print machine-readable JSON on standard output.",
    };

    /// <summary>Loads the config at <paramref name="file"/> (null = the bundled default) through the whole hierarchy; throws <see cref="ConfigException"/> listing every problem.</summary>
    public static LoadedConfig Load(CliContext context, string? file, IReadOnlyList<string> sets, bool checkSecrets)
    {
        var path = ProjectLayout.ResolveConfig(file, context.WorkingDirectory, out var error)
            ?? throw new ConfigException([new ConfigProblem(string.Empty, error!)]);
        return ConfigLoader.Load(new ConfigLoadOptions
        {
            File = path,
            Environment = context.Environment,
            Sets = sets,
            CheckSecrets = checkSecrets,
            DisplayRoot = context.WorkingDirectory,
        });
    }
}
