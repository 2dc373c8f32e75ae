namespace Sextant.Config.Tree;

/// <summary>Which layer of the configuration hierarchy a value came from.</summary>
public enum ConfigLayer
{
    /// <summary>The built-in default of the config record.</summary>
    Default,

    /// <summary>A YAML file (the base file, the chosen file or a file it extends).</summary>
    File,

    /// <summary>An environment variable <c>SEXTANT__SECTION__KEY</c>.</summary>
    Environment,

    /// <summary>A <c>--set path=value</c> command-line override.</summary>
    CommandLine,
}

/// <summary>Where a configuration value came from: a file position (1-based line and column), an environment variable or a <c>--set</c> argument.</summary>
public sealed record ConfigOrigin(ConfigLayer Layer, string Source, int Line = 0, int Column = 0)
{
    /// <summary>The origin of a value nobody set.</summary>
    public static ConfigOrigin Default { get; } = new(ConfigLayer.Default, "default");

    /// <summary>A position in a YAML file.</summary>
    public static ConfigOrigin InFile(string file, int line, int column) => new(ConfigLayer.File, file, line, column);

    /// <summary>An environment variable, named but never with its value.</summary>
    public static ConfigOrigin FromEnvironment(string variable) => new(ConfigLayer.Environment, "env " + variable);

    /// <summary>A <c>--set</c> argument.</summary>
    public static ConfigOrigin FromCommandLine(string argument) => new(ConfigLayer.CommandLine, "--set " + argument);

    /// <summary>"file:line:column" for files, the source text otherwise.</summary>
    public override string ToString() =>
        Layer == ConfigLayer.File ? $"{Source}:{Line}:{Column}" : Source;
}
