using Sextant.Config.Loading;
using Sextant.Data.Sources;

namespace Sextant.Cli.Commands;

/// <summary>Where the CLI's verbs read bars from: the data layer as the loaded config routes it.</summary>
internal static class DataAccess
{
    public static IDataSource Open(CliContext context, LoadedConfig loaded) =>
        throw new NotSupportedException("the local data store is not available in this build");
}
