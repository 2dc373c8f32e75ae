using System.Buffers;

namespace Sextant.Core.Instruments;

/// <summary>Shared checks for the normalized text values (symbols, assets, ids); each returns an error or null.</summary>
internal static class TextRules
{
    /// <summary>A-Z and 0-9.</summary>
    public static readonly SearchValues<char> UpperAlphanumeric = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>
    /// Checks length and characters of an already normalized <paramref name="text"/>; <paramref name="what"/> starts the
    /// message. One vectorised scan for a character outside <paramref name="isAllowed"/> (ids are checked on every order).
    /// </summary>
    public static string? Check(string what, string text, int maxLength, SearchValues<char> isAllowed, string allowed)
    {
        if (text.Length == 0)
        {
            return $"{what} must not be empty";
        }

        if (text.Length > maxLength)
        {
            return $"{what} must be at most {maxLength} characters, was {text.Length} ('{text}')";
        }

        var i = text.AsSpan().IndexOfAnyExcept(isAllowed);
        return i < 0 ? null : $"{what} '{text}' contains invalid character '{text[i]}' at position {i}; allowed are {allowed}";
    }

}
