namespace Sextant.Config.Tests.Support;

/// <summary>Finds the repository's own files (the shipped configs) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Config(string relative) => Path.Combine(Root, "config", relative);

    private static string Find()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "config", "base.yaml")) && File.Exists(Path.Combine(dir, "Sextant.slnx")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("Repository root (with config/base.yaml and Sextant.slnx) not found above " + AppContext.BaseDirectory);
    }
}
