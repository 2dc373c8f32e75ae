using System.Collections.Concurrent;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Data.Sources;

namespace Sextant.Data.Corporate;

/// <summary>
/// Lean factor and map files in a folder (<c>lean_factor_files/&lt;ticker&gt;.csv</c>, <c>lean_map_files/&lt;ticker&gt;.csv</c>, lower-case
/// tickers as Lean names them): the bundled samples' copy and the store's. Parsed on first use and cached until the file changes.
/// A malformed file throws <see cref="DataException"/> naming it and the line.
/// </summary>
public sealed class CorporateActionsFolder
{
    /// <summary>Subfolder of the factor files.</summary>
    public const string FactorFolder = "lean_factor_files";

    /// <summary>Subfolder of the map files.</summary>
    public const string MapFolder = "lean_map_files";

    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, object Parsed)> _cache = new(StringComparer.Ordinal);

    /// <summary>A folder whose <c>lean_factor_files</c> and <c>lean_map_files</c> subfolders hold the files (missing folders mean none).</summary>
    public CorporateActionsFolder(string root) => Root = root;

    /// <summary>The folder read.</summary>
    public string Root { get; }

    /// <summary>The tickers that have a factor file, upper-case, sorted.</summary>
    public IReadOnlyList<Symbol> FactorSymbols()
    {
        var dir = Path.Combine(Root, FactorFolder);
        return !Directory.Exists(dir) ? [] : Directory.EnumerateFiles(dir, "*.csv")
            .Select(p => Symbol.TryParse(Path.GetFileNameWithoutExtension(p), out var s, out _) ? s : default)
            .Where(s => s.IsSet).OrderBy(s => s.Value, StringComparer.Ordinal).ToList();
    }

    /// <summary>The factor file of <paramref name="symbol"/>; null when there is none.</summary>
    public FactorFile? GetFactorFile(Symbol symbol) =>
        Read(PathOf(FactorFolder, symbol), text => FactorFile.Parse(symbol, text, PathOf(FactorFolder, symbol)!));

    /// <summary>The map file of <paramref name="symbol"/>; null when there is none.</summary>
    public MapFile? GetMapFile(Symbol symbol) =>
        Read(PathOf(MapFolder, symbol), text => MapFile.Parse(symbol, text, PathOf(MapFolder, symbol)!));

    /// <summary>The splits, dividends and ticker changes of <paramref name="symbol"/> with a time in <paramref name="range"/> (see <see cref="CorporateEvents.Derive"/>).</summary>
    public IReadOnlyList<MarketEvent> GetEvents(Symbol symbol, TimeRange range) =>
        CorporateEvents.Derive(symbol, GetFactorFile(symbol), GetMapFile(symbol)).Where(e => range.Contains(e.Time)).ToList();

    /// <summary>Copies every file of this folder that <paramref name="target"/> lacks (temporary file, then rename); returns how many were copied.</summary>
    public int CopyMissingTo(CorporateActionsFolder target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var copied = 0;
        foreach (var folder in new[] { FactorFolder, MapFolder })
        {
            var from = Path.Combine(Root, folder);
            if (!Directory.Exists(from))
            {
                continue;
            }

            var to = Path.Combine(target.Root, folder);
            foreach (var file in Directory.EnumerateFiles(from, "*.csv"))
            {
                var destination = Path.Combine(to, Path.GetFileName(file));
                if (File.Exists(destination))
                {
                    continue;
                }

                Directory.CreateDirectory(to);
                var temp = Path.Combine(to, "." + Path.GetFileName(file) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
                try
                {
                    File.Copy(file, temp);
                    File.Move(temp, destination, overwrite: false);
                    copied++;
                }
                catch (IOException) when (File.Exists(destination))
                {
                    File.Delete(temp); // another process copied it first
                }
            }
        }

        return copied;
    }

    private string? PathOf(string folder, Symbol symbol)
    {
        var name = symbol.Value.ToLowerInvariant();
        return name.Length == 0 || name.IndexOfAny(['/', '\\']) >= 0 || name.StartsWith('.') ? null : Path.Combine(Root, folder, name + ".csv");
    }

    private T? Read<T>(string? path, Func<string, T> parse)
        where T : class
    {
        var info = path is null ? null : new FileInfo(path);
        if (info is null || !info.Exists)
        {
            return null;
        }

        if (_cache.TryGetValue(info.FullName, out var hit) && hit.Written == info.LastWriteTimeUtc && hit.Length == info.Length)
        {
            return (T)hit.Parsed;
        }

        string text;
        try
        {
            text = File.ReadAllText(info.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataException("Cannot read corporate actions file", info.FullName, null, ex);
        }

        var parsed = parse(text);
        _cache[info.FullName] = (info.LastWriteTimeUtc, info.Length, parsed);
        return parsed;
    }
}
