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
        return TextRules.Check(what, normalized, MaxLength, IsAllowed, "a-z, 0-9, '_' and '-'");
    }

    private static bool IsAllowed(char c) => TextRules.IsLowerAlphanumeric(c) || c is '_' or '-';
}
