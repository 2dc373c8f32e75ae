using System.CommandLine;
using Sextant.Cli.Hosting;
using Sextant.Config.Schema;

namespace Sextant.Cli.Commands;

/// <summary>The options every <c>sextant data</c> verb shares (<c>--config</c>, <c>--set</c>, <c>--json</c>) and loading the <c>data:</c> section from them.</summary>
internal sealed class DataOptions
{
    public Option<string?> Config { get; } = new("--config") { Description = "Config file whose data: section is used (default: the bundled example; data paths are relative to the project folder)." };

    public Option<string[]> Set { get; } = CommonOptions.Set();

    public Option<bool> Json { get; } = CommonOptions.Json();

    public Command AddTo(Command command)
    {
        command.Options.Add(Config);
        command.Options.Add(Set);
        command.Options.Add(Json);
        return command;
    }

    /// <summary>The effective configuration and the folder its relative data paths resolve against (the project folder, else the working directory).</summary>
    public (SextantConfig Config, string Root) Load(CliContext context, ParseResult parse)
    {
        var loaded = CommonOptions.Load(context, parse.GetValue(Config), parse.GetValue(Set) ?? [], checkSecrets: false);
        return (loaded.Config, ProjectLayout.FindRoot(context.WorkingDirectory) ?? context.WorkingDirectory);
    }
}
