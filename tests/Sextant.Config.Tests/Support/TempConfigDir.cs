using Sextant.Config.Loading;

namespace Sextant.Config.Tests.Support;

/// <summary>A temporary folder of config files, deleted on dispose. File names in messages are relative to it.</summary>
internal sealed class TempConfigDir : IDisposable
{
    public TempConfigDir()
    {
        Root = Path.Combine(Path.GetTempPath(), "sextant-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Write(string relativePath, string yaml)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n"));
        return path;
    }

    public LoadedConfig Load(string? file, IReadOnlyDictionary<string, string>? environment = null, params string[] sets) =>
        ConfigLoader.Load(new ConfigLoadOptions
        {
            File = file is null ? null : Path.Combine(Root, file),
            Environment = environment ?? new Dictionary<string, string>(),
            Sets = sets,
            DisplayRoot = Root,
        });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
