using System.Globalization;
using Sextant.Config.Binding;

namespace Sextant.Config.Validation;

/// <summary>Small helpers that turn a range or presence check into a <see cref="ConfigProblem"/> with the path and the value found.</summary>
public static class Check
{
    /// <summary>Joins a parent path and a key: <c>Path("strategies[0]", "entry_z")</c> is <c>strategies[0].entry_z</c>.</summary>
    public static string Path(string parent, string key) => parent.Length == 0 ? key : parent + "." + key;

    /// <summary>Joins a parent path and a list index: <c>strategies[0]</c>.</summary>
    public static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>A problem when <paramref name="value"/> lies outside [min, max].</summary>
    public static ConfigProblem? Between(string path, double value, double min, double max) =>
        value >= min && value <= max ? null : new(path, $"must be between {Fmt(min)} and {Fmt(max)}, was {Fmt(value)}");

    /// <summary>A problem when <paramref name="value"/> lies outside [min, max].</summary>
    public static ConfigProblem? Between(string path, decimal value, decimal min, decimal max) =>
        value >= min && value <= max ? null : new(path, $"must be between {Fmt(min)} and {Fmt(max)}, was {Fmt(value)}");

    /// <summary>A problem when <paramref name="value"/> lies outside [min, max].</summary>
    public static ConfigProblem? Between(string path, int value, int min, int max) =>
        value >= min && value <= max ? null : new(path, $"must be between {min} and {max}, was {value}");

    /// <summary>A problem when <paramref name="value"/> is not strictly positive.</summary>
    public static ConfigProblem? Positive(string path, decimal value) =>
        value > 0 ? null : new(path, $"must be greater than 0, was {Fmt(value)}");

    /// <summary>A problem when <paramref name="value"/> is not strictly positive.</summary>
    public static ConfigProblem? Positive(string path, TimeSpan value) =>
        value > TimeSpan.Zero ? null : new(path, $"must be longer than 0s, was {Durations.Format(value)}");

    /// <summary>A problem when <paramref name="value"/> is negative.</summary>
    public static ConfigProblem? NotNegative(string path, decimal value) =>
        value >= 0 ? null : new(path, $"must not be negative, was {Fmt(value)}");

    /// <summary>A problem when a required text is missing or blank.</summary>
    public static ConfigProblem? Required(string path, string? value) =>
        string.IsNullOrWhiteSpace(value) ? new(path, "is required") : null;

    /// <summary>Drops the nulls from a sequence of optional problems.</summary>
    public static IEnumerable<ConfigProblem> All(params ConfigProblem?[] problems)
    {
        foreach (var problem in problems)
        {
            if (problem is not null)
            {
                yield return problem;
            }
        }
    }

    /// <summary>Invariant, shortest round-trip text of a number.</summary>
    public static string Fmt(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Invariant text of a decimal.</summary>
    public static string Fmt(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
