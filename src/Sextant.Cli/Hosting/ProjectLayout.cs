namespace Sextant.Cli.Hosting;

/// <summary>Finds the Sextant project folder (the one holding <c>config/base.yaml</c>) so that commands run from a clone find the bundled configs and data without arguments.</summary>
public static class ProjectLayout
{
    /// <summary>The config a command uses when none is given: the bundled BTCUSDT/ETHUSDT 1-minute pair.</summary>
    public const string DefaultConfig = "config/examples/crypto_pair.yaml";

    /// <summary>The project folder found from <paramref name="workingDirectory"/> upwards, else from the program's own folder upwards; null when neither has one.</summary>
    public static string? FindRoot(string workingDirectory)
    {
        return Walk(workingDirectory) ?? Walk(AppContext.BaseDirectory);

        static string? Walk(string start)
        {
            for (var dir = Path.GetFullPath(start); dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "config", "base.yaml")))
                {
                    return dir;
                }
            }

            return null;
        }
    }

    /// <summary>The config file to load: <paramref name="given"/> (relative to the working directory) or the bundled default; null with a reason when there is none.</summary>
    public static string? ResolveConfig(string? given, string workingDirectory, out string? error)
    {
        error = null;
        if (given is not null)
        {
            return Path.GetFullPath(given, workingDirectory);
        }

        if (FindRoot(workingDirectory) is { } root)
        {
            return Path.Combine(root, DefaultConfig);
        }

        error = "no config file given, and no config/base.yaml in this folder or its parents; pass a config file, e.g. sextant config show my.yaml";
        return null;
    }
}
