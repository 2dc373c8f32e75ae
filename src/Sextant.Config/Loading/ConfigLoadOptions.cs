namespace Sextant.Config.Loading;

/// <summary>What to load: the chosen file, the base file, and the overrides laid on top (environment, then <c>--set</c>).</summary>
public sealed record ConfigLoadOptions
{
    /// <summary>The chosen config file; it may <c>extends:</c> another. Null loads only the base file and the defaults.</summary>
    public string? File { get; init; }

    /// <summary>The base file under the chosen one. Null looks for <c>base.yaml</c> in the chosen file's folder and its parents.</summary>
    public string? BaseFile { get; init; }

    /// <summary>Environment variables; those named <c>SEXTANT__SECTION__KEY</c> override values, and secrets are checked here. Default: none.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary><c>path=value</c> overrides, applied last, in order.</summary>
    public IReadOnlyList<string> Sets { get; init; } = [];

    /// <summary>Report missing secret environment variables of brokers that need keys (paper on a broker endpoint, or live). Default true.</summary>
    public bool CheckSecrets { get; init; } = true;

    /// <summary>Folder that file names in messages are shown relative to. Default: the current directory.</summary>
    public string? DisplayRoot { get; init; }

    /// <summary>The process environment as a dictionary, for <see cref="Environment"/>.</summary>
    public static IReadOnlyDictionary<string, string> ProcessEnvironment()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            result[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        return result;
    }
}
