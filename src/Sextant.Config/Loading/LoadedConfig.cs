using Sextant.Config.Schema;
using Sextant.Config.Tree;

namespace Sextant.Config.Loading;

/// <summary>A loaded, validated configuration and where each of its values came from.</summary>
public sealed class LoadedConfig(SextantConfig config, IReadOnlyDictionary<string, ConfigOrigin> origins, IReadOnlyList<string> files)
{
    /// <summary>The effective configuration.</summary>
    public SextantConfig Config { get; } = config;

    /// <summary>Origins by path (<c>strategies[0].entry_z</c>); paths nobody set are absent.</summary>
    public IReadOnlyDictionary<string, ConfigOrigin> Origins { get; } = origins;

    /// <summary>The files merged, lowest layer first (base file, then each file extended, then the chosen file).</summary>
    public IReadOnlyList<string> Files { get; } = files;

    /// <summary>Where the value at <paramref name="path"/> came from; <see cref="ConfigOrigin.Default"/> when nobody set it.</summary>
    public ConfigOrigin OriginOf(string path) => Origins.TryGetValue(path, out var origin) ? origin : ConfigOrigin.Default;
}
