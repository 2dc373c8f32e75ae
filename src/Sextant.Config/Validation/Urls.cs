namespace Sextant.Config.Validation;

/// <summary>Checks that a configured URL is absolute and uses an allowed scheme.</summary>
public static class Urls
{
    /// <summary>A problem when <paramref name="value"/> is set but is not an absolute URL with one of <paramref name="schemes"/>.</summary>
    public static ConfigProblem? Check(string path, string? value, params string[] schemes)
    {
        ArgumentNullException.ThrowIfNull(schemes);
        if (value is null)
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase)
            ? null
            : new ConfigProblem(path, $"must be an absolute {string.Join(" or ", schemes)} URL, was '{value}'");
    }
}
