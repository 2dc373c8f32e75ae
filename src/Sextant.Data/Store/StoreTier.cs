namespace Sextant.Data.Store;

/// <summary>Where a partition lives: the hot store (fast compression) or the archive tier (smaller files).</summary>
public enum StoreTier
{
    /// <summary>The store folder (<c>data.store</c>), written with <c>data.compression_level</c>.</summary>
    Hot,

    /// <summary>The archive folder (<c>data.archive</c>), written with <c>data.archive_compression_level</c>.</summary>
    Archive,
}
