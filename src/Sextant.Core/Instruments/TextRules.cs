namespace Sextant.Core.Instruments;

/// <summary>Shared checks for the normalized text values (symbols, assets, ids); each returns an error or null.</summary>
internal static class TextRules
{
    /// <summary>Checks length and characters of an already normalized <paramref name="text"/>; <paramref name="what"/> starts the message.</summary>
    public static string? Check(string what, string text, int maxLength, Func<char, bool> isAllowed, string allowed)
    {
        if (text.Length == 0)
        {
            return $"{what} must not be empty";
        }

        if (text.Length > maxLength)
        {
            return $"{what} must be at most {maxLength} characters, was {text.Length} ('{text}')";
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!isAllowed(text[i]))
            {
                return $"{what} '{text}' contains invalid character '{text[i]}' at position {i}; allowed are {allowed}";
            }
        }

        return null;
    }

    /// <summary>True for A-Z and 0-9.</summary>
    public static bool IsUpperAlphanumeric(char c) => c is >= 'A' and <= 'Z' or >= '0' and <= '9';

    /// <summary>True for a-z and 0-9.</summary>
    public static bool IsLowerAlphanumeric(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';
}
