using Sextant.Cli.Hosting;
using Sextant.Config.Loading;
using Sextant.Data.Routing;
using Sextant.Data.Sources;

namespace Sextant.Cli.Commands;

/// <summary>Where the CLI's verbs read bars from: the <see cref="DataManager"/> the loaded config's <c>data:</c> section describes.</summary>
internal static class DataAccess
{
    public static IDataSource Open(CliContext context, LoadedConfig loaded) =>
        DataManager.Create(loaded.Config, ProjectLayout.FindRoot(context.WorkingDirectory) ?? context.WorkingDirectory);
}
