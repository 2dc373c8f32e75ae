using Sextant.Config.Binding;
using Sextant.Config.Validation;

namespace Sextant.Config.Schema;

/// <summary>Parquet compression codecs.</summary>
public enum Compression
{
    /// <summary>zstd (default).</summary>
    Zstd,

    /// <summary>Snappy.</summary>
    Snappy,

    /// <summary>Gzip.</summary>
    Gzip,

    /// <summary>No compression.</summary>
    None,
}

/// <summary>Compression effort.</summary>
public enum CompressionEffort
{
    /// <summary>Fastest.</summary>
    Fastest,

    /// <summary>Balanced (default for the store).</summary>
    Optimal,

    /// <summary>Smallest files (default for the archive).</summary>
    Smallest,
}

/// <summary>The <c>data:</c> section: the Parquet store, its archive tier, remote sources and routing.</summary>
public sealed record DataConfig : IValidatable
{
    /// <summary>Folder of the Parquet store (venue/symbol/interval/period partitions). Default <c>data/store</c>.</summary>
    public string Store { get; init; } = "data/store";

    /// <summary>Folder of the archive tier. Default <c>data/archive</c>.</summary>
    public string Archive { get; init; } = "data/archive";

    /// <summary>Folder of the bundled sample data loaded into the store on first use. Default <c>data/samples</c>.</summary>
    public string Samples { get; init; } = "data/samples";

    /// <summary>Codec of store files. Default zstd.</summary>
    public Compression Compression { get; init; } = Compression.Zstd;

    /// <summary>Effort for the store. Default optimal.</summary>
    public CompressionEffort CompressionLevel { get; init; } = CompressionEffort.Optimal;

    /// <summary>Effort for the archive tier. Default smallest.</summary>
    public CompressionEffort ArchiveCompressionLevel { get; init; } = CompressionEffort.Smallest;

    /// <summary>IANA time zone of CSV timestamps that carry no zone. Default UTC.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>
    /// How equity bars are adjusted on the way out of the DataManager (the store always keeps raw bars): <c>raw</c> (as traded),
    /// <c>split</c> (default: split-adjusted, so a split is not read as a crash and held shares keep their value across it),
    /// <c>dividend</c> or <c>all</c> (splits and dividends, Lean's default, total-return prices). Uses the Lean factor files in the
    /// store or the samples; crypto bars are never adjusted.
    /// </summary>
    public PriceAdjustment Adjustment { get; init; } = PriceAdjustment.Split;

    /// <summary>Write bars fetched from remote sources back into the store. Default true.</summary>
    public bool WriteBack { get; init; } = true;

    /// <summary>Embedded DuckDB settings.</summary>
    [ConfigKey("duckdb")]
    public DuckDbConfig DuckDb { get; init; } = new();

    /// <summary>Remote data sources by name (e.g. <c>binanceus</c>, <c>alpaca</c>). Default none.</summary>
    public IReadOnlyDictionary<string, DataSourceConfig> Sources { get; init; } = new Dictionary<string, DataSourceConfig>();

    /// <summary>Ordered routing rules; the first that matches a request decides the sources, tried in order. Default: the local store only.</summary>
    public IReadOnlyList<DataRouteConfig> Routes { get; init; } = [];

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path)
    {
        var problems = Check.All(
            Check.Required(Check.Path(path, "store"), Store),
            Check.Required(Check.Path(path, "archive"), Archive),
            Check.Required(Check.Path(path, "samples"), Samples),
            Check.Between(Check.Path(path, "duckdb.threads"), DuckDb.Threads, 1, 256)).ToList();
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            problems.Add(new(Check.Path(path, "time_zone"), $"unknown time zone '{TimeZone}'; use an IANA name such as UTC or America/New_York"));
        }

        foreach (var (name, source) in Sources)
        {
            var sourcePath = Check.Path(Check.Path(path, "sources"), name);
            problems.AddRange(source.Validate(sourcePath));
            if (source.Type == DataSourceType.Alpaca && source.Adjustment != PriceAdjustment.Raw && Adjustment != PriceAdjustment.Raw)
            {
                problems.Add(new(Check.Path(sourcePath, "adjustment"),
                    $"must be raw while data.adjustment is {Name(Adjustment)}: the store keeps raw bars and Sextant adjusts them, so adjusted bars from {name} would be adjusted twice; was {Name(source.Adjustment)}"));
            }
        }

        for (var i = 0; i < Routes.Count; i++)
        {
            var routePath = Check.Index(Check.Path(path, "routes"), i);
            if (Routes[i].Sources.Count == 0)
            {
                problems.Add(new(Check.Path(routePath, "sources"), "needs at least one source: local, samples or a key of data.sources"));
            }

            for (var j = 0; j < Routes[i].Sources.Count; j++)
            {
                var source = Routes[i].Sources[j];
                if (source != DataRouteConfig.Local && source != DataRouteConfig.Samples && !Sources.ContainsKey(source))
                {
                    problems.Add(new(Check.Index(Check.Path(routePath, "sources"), j),
                        $"unknown source '{source}'; allowed: {string.Join(", ", Sources.Keys.Prepend(DataRouteConfig.Samples).Prepend(DataRouteConfig.Local))}"));
                }
            }
        }

        return problems;
    }

    private static string Name(PriceAdjustment adjustment) => adjustment.ToString().ToLowerInvariant();
}
