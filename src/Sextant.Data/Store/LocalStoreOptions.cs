using Sextant.Config.Schema;

namespace Sextant.Data.Store;

/// <summary>Where the Parquet store keeps its files and how it compresses them.</summary>
public sealed record LocalStoreOptions
{
    /// <summary>Folder of the hot store (absolute, or relative to the working directory).</summary>
    public required string Root { get; init; }

    /// <summary>Folder of the archive tier.</summary>
    public required string ArchiveRoot { get; init; }

    /// <summary>Parquet codec of both tiers. Default zstd.</summary>
    public Compression Compression { get; init; } = Compression.Zstd;

    /// <summary>Compression effort of the hot store. Default optimal.</summary>
    public CompressionEffort Level { get; init; } = CompressionEffort.Optimal;

    /// <summary>Compression effort of the archive tier. Default smallest.</summary>
    public CompressionEffort ArchiveLevel { get; init; } = CompressionEffort.Smallest;

    /// <summary>Options from the <c>data:</c> section, with relative folders resolved against <paramref name="rootDirectory"/> (the project folder).</summary>
    public static LocalStoreOptions FromConfig(DataConfig config, string rootDirectory)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new LocalStoreOptions
        {
            Root = Path.GetFullPath(config.Store, rootDirectory),
            ArchiveRoot = Path.GetFullPath(config.Archive, rootDirectory),
            Compression = config.Compression,
            Level = config.CompressionLevel,
            ArchiveLevel = config.ArchiveCompressionLevel,
        };
    }
}
