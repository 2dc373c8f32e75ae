namespace Sextant.Core.Instruments;

/// <summary>The rule shared by <see cref="BrokerId"/>, <see cref="VenueId"/> and <see cref="StrategyId"/>.</summary>
internal static class IdRules
{
    /// <summary>The longest id accepted, in characters.</summary>
    public const int MaxLength = 64;

    /// <summary>Trims and lower-cases <paramref name="text"/>, then checks it; returns an error starting with <paramref name="what"/>, or null.</summary>
    public static string? Normalize(string what, string? text, out string normalized)
    {
        normalized = text?.Trim().ToLowerInvariant() ?? string.Empty;
        return TextRules.Check(what, normalized, MaxLength, Allowed, "a-z, 0-9, '_' and '-'");
    }

    private static readonly System.Buffers.SearchValues<char> Allowed = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_-");
}
