using Sextant.Core.Instruments;

namespace Sextant.Config.Schema;

/// <summary>One routing rule of <c>data.routes:</c>: which sources serve matching requests, tried in order (the local store first, then remote).</summary>
public sealed record DataRouteConfig
{
    /// <summary>The name of the local Parquet store in <see cref="Sources"/>.</summary>
    public const string Local = "local";

    /// <summary>The name of the bundled sample files (<c>data.samples</c>) in <see cref="Sources"/>; the DataManager asks them right after the store even when a route does not list them.</summary>
    public const string Samples = "samples";

    /// <summary>Match this asset class; null matches any.</summary>
    public AssetClass? AssetClass { get; init; }

    /// <summary>Match this venue; null matches any.</summary>
    public string? Venue { get; init; }

    /// <summary>Match these symbols; empty matches any.</summary>
    public IReadOnlyList<Symbol> Symbols { get; init; } = [];

    /// <summary>Sources in fallback order: <c>local</c>, <c>samples</c> or keys of <c>data.sources</c>.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}
