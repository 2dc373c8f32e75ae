namespace Sextant.Cli.Tests.Support;

/// <summary>
/// A private data store for one test class (a temporary folder, deleted afterwards), so backtests import the bundled
/// samples there and never touch the repository's data/store or another class's store.
/// </summary>
public sealed class ScratchStore : IDisposable
{
    public ScratchStore() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sextant-cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>The <c>--set</c> arguments that point the data layer here.</summary>
    public string[] Sets => ["--set", $"data.store={Path.Combine(Root, "store")}", "--set", $"data.archive={Path.Combine(Root, "archive")}"];

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
