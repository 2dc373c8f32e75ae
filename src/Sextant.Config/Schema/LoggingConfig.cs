using Sextant.Config.Validation;

namespace Sextant.Config.Schema;

/// <summary>Log levels as written in YAML (Serilog's names).</summary>
public enum LogLevelName
{
    /// <summary>Everything, including per-bar tracing.</summary>
    Verbose,

    /// <summary>Diagnostic detail.</summary>
    Debug,

    /// <summary>Normal operation (default).</summary>
    Information,

    /// <summary>Something unexpected that the engine survived.</summary>
    Warning,

    /// <summary>A failure of one operation.</summary>
    Error,

    /// <summary>A failure that stops the run.</summary>
    Fatal,
}

/// <summary>The <c>logging:</c> section: Serilog to console and to a rolling compact-JSON file.</summary>
public sealed record LoggingConfig : IValidatable
{
    /// <summary>Minimum level. Default information.</summary>
    public LogLevelName Level { get; init; } = LogLevelName.Information;

    /// <summary>Write human-readable lines to standard error. Default true.</summary>
    public bool Console { get; init; } = true;

    /// <summary>Rolling compact-JSON log file; the date goes before the extension (<c>logs/sextant-20260101.jsonl</c>). Null turns file logging off. Default <c>logs/sextant-.jsonl</c>.</summary>
    public string? File { get; init; } = "logs/sextant-.jsonl";

    /// <summary>How many daily files to keep. Default 14.</summary>
    public int RetainedFiles { get; init; } = 14;

    /// <summary>Roll to a new file past this size, in MB. Default 100.</summary>
    public int FileSizeLimitMb { get; init; } = 100;

    /// <summary>Per-source minimum levels, e.g. <c>Microsoft: warning</c>. Default none.</summary>
    public IReadOnlyDictionary<string, LogLevelName> Overrides { get; init; } = new Dictionary<string, LogLevelName>();

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path) => Check.All(
        File is not null ? Check.Required(Check.Path(path, "file"), File) : null,
        Check.Between(Check.Path(path, "retained_files"), RetainedFiles, 1, 1000),
        Check.Between(Check.Path(path, "file_size_limit_mb"), FileSizeLimitMb, 1, 100_000));
}
