using System.Text.Json;
using System.Text.Json.Nodes;
using Sextant.Core.Bars;
using Sextant.Core.Time;
using Sextant.Data.Sources;

namespace Sextant.Data.Store;

/// <summary>
/// The sidecar <c>_coverage.json</c> of a series in the hot tier: the ranges known to be complete (fetched or imported), in nanoseconds since the epoch.
/// A range with no bars (a halt, a weekend) is covered too, so it is not fetched again. Written atomically.
/// </summary>
internal static class CoverageFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static IReadOnlyList<TimeRange>? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path))!;
            return root["ranges"]!.AsArray()
                .Select(r => new TimeRange(new UnixNanos((long)r!["start_ns"]!), new UnixNanos((long)r["end_ns"]!)))
                .ToList();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NullReferenceException or ArgumentException or FormatException)
        {
            throw new DataException("Cannot read the coverage record", path, null, ex);
        }
    }

    public static void Write(string path, SeriesKey key, IReadOnlyList<TimeRange> ranges)
    {
        var document = new JsonObject
        {
            ["schema_version"] = 1,
            ["series"] = key.ToString(),
            ["ranges"] = new JsonArray(ranges.Select(r => (JsonNode)new JsonObject
            {
                ["start_ns"] = r.Start.Value,
                ["end_ns"] = r.End.Value,
                ["from"] = r.Start.ToString(),
                ["to"] = r.End.ToString(),
            }).ToArray()),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                JsonSerializer.Serialize(stream, document, Indented);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
