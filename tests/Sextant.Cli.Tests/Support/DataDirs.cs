namespace Sextant.Cli.Tests.Support;

/// <summary>A temporary store, archive and (empty) samples folder, passed to the CLI as SEXTANT__DATA__* overrides.</summary>
internal sealed class DataDirs : IDisposable
{
    public DataDirs(bool bundledSamples = false)
    {
        Directory.CreateDirectory(Root);
        Samples = bundledSamples ? Path.Combine(CliRunner.RepoRoot, "data", "samples") : Directory.CreateDirectory(Path.Combine(Root, "no-samples")).FullName;
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sextant-cli-data-" + Guid.NewGuid().ToString("N")[..12]);

    public string Store => Path.Combine(Root, "store");

    public string Archive => Path.Combine(Root, "archive");

    public string Samples { get; }

    public Dictionary<string, string> Environment => new()
    {
        ["SEXTANT__DATA__STORE"] = Store,
        ["SEXTANT__DATA__ARCHIVE"] = Archive,
        ["SEXTANT__DATA__SAMPLES"] = Samples,
    };

    public string File(string name, string text)
    {
        var path = Path.Combine(Root, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public Task<CliResult> RunAsync(params string[] args) => CliRunner.RunAsync(Environment, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
