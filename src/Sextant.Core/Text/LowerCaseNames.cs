using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Sextant.Core.Text;

/// <summary>
/// An enum value's lower-case name (<c>ToString().ToLowerInvariant()</c>), encoded for JSON once per value: the journal
/// writes several per order line, and formatting them afresh cost two strings each on the order path.
/// </summary>
public static class LowerCaseNames
{
    /// <summary>The lower-case name of <paramref name="value"/>; a value the enum does not define gives its number, as <see cref="Enum.ToString()"/> does.</summary>
    public static JsonEncodedText Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        if (Cache<TEnum>.ByValue is { } names)
        {
            var index = Unsafe.As<TEnum, int>(ref value);
            if ((uint)index < (uint)names.Length)
            {
                return names[index];
            }
        }

        return JsonEncodedText.Encode(value.ToString().ToLowerInvariant());
    }

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        // Indexed by value when the values are the int-based 0, 1, 2 … a plain enum has; null otherwise (every lookup then formats).
        public static readonly JsonEncodedText[]? ByValue = Build();

        private static JsonEncodedText[]? Build()
        {
            if (Enum.GetUnderlyingType(typeof(TEnum)) != typeof(int))
            {
                return null;
            }

            var values = Enum.GetValues<TEnum>();
            for (var i = 0; i < values.Length; i++)
            {
                if (Unsafe.As<TEnum, int>(ref values[i]) != i)
                {
                    return null;
                }
            }

            return values.Select(v => JsonEncodedText.Encode(v.ToString().ToLowerInvariant())).ToArray();
        }
    }
}
