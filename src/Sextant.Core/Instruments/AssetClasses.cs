using System.Diagnostics.CodeAnalysis;

namespace Sextant.Core.Instruments;

/// <summary>Parsing and formatting of <see cref="AssetClass"/> by its configuration name (<c>crypto</c>, <c>equity</c>).</summary>
public static class AssetClasses
{
    /// <summary>Every asset class, in declaration order.</summary>
    public static IReadOnlyList<AssetClass> All { get; } = [AssetClass.Crypto, AssetClass.Equity];

    /// <summary>The allowed configuration names, for error messages: <c>crypto, equity</c>.</summary>
    public static string AllowedNames { get; } = "crypto, equity";

    /// <summary>The lower-case configuration name, e.g. <c>crypto</c>; throws for a value outside the enum.</summary>
    public static string ToConfigName(this AssetClass assetClass) => assetClass switch
    {
        AssetClass.Crypto => "crypto",
        AssetClass.Equity => "equity",
        _ => throw new ArgumentOutOfRangeException(nameof(assetClass), assetClass, $"Asset class must be one of {AllowedNames}, was {(int)assetClass}"),
    };

    /// <summary>Parses a configuration name, ignoring case and surrounding whitespace; false for anything else.</summary>
    public static bool TryParse(string? text, out AssetClass assetClass, [NotNullWhen(false)] out string? error)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "CRYPTO":
                assetClass = AssetClass.Crypto;
                error = null;
                return true;
            case "EQUITY":
                assetClass = AssetClass.Equity;
                error = null;
                return true;
            default:
                assetClass = default;
                error = $"Asset class must be one of {AllowedNames}, was '{text}'";
                return false;
        }
    }

    /// <summary>Parses a configuration name, ignoring case; throws <see cref="FormatException"/> listing the allowed names.</summary>
    public static AssetClass Parse(string text) =>
        TryParse(text, out var assetClass, out var error) ? assetClass : throw new FormatException(error);

    /// <summary>True when <paramref name="assetClass"/> is a declared member (casts from integers can produce others).</summary>
    public static bool IsDefined(this AssetClass assetClass) => assetClass is AssetClass.Crypto or AssetClass.Equity;
}
