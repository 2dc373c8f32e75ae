using System.Diagnostics.CodeAnalysis;

namespace Sextant.Core.Instruments;

/// <summary>
/// A currency or coin code such as <c>USD</c>, <c>USDT</c> or <c>BTC</c>: trimmed, upper-cased (invariant),
/// 1-16 characters from A-Z and 0-9. <c>default(Asset)</c> means "unset".
/// </summary>
public readonly record struct Asset
{
    /// <summary>The longest asset code accepted, in characters (16).</summary>
    public const int MaxLength = 16;

    private readonly string? _value;

    /// <summary>Creates an asset from <paramref name="code"/>, normalizing it; throws <see cref="ArgumentException"/> naming the problem.</summary>
    /// <param name="code">The raw code; surrounding whitespace and case are ignored.</param>
    public Asset(string code)
    {
        var error = Normalize(code, out var normalized);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(code));
        }

        _value = TextPool.Intern(normalized); // equal values share one instance: see TextPool
    }

    /// <summary>The normalized code, upper-case; empty for <c>default(Asset)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True unless this is <c>default(Asset)</c> ("unset").</summary>
    public bool IsSet => _value is not null;

    /// <summary>Parses <paramref name="text"/> without throwing; on failure <paramref name="error"/> says what is wrong.</summary>
    /// <param name="text">The raw code; surrounding whitespace and case are ignored.</param>
    /// <param name="asset">The asset, or <c>default</c> on failure.</param>
    /// <param name="error">Null on success, else a message such as <c>Asset must not be empty</c>.</param>
    public static bool TryParse(string? text, out Asset asset, [NotNullWhen(false)] out string? error)
    {
        error = Normalize(text, out var normalized);
        asset = error is null ? new Asset(normalized) : default;
        return error is null;
    }

    /// <summary>Equal when the texts are equal: both hold the pooled instance of their text, so one reference comparison decides.</summary>
    public bool Equals(Asset other) => ReferenceEquals(_value, other._value);

    /// <inheritdoc />
    public override int GetHashCode() => TextPool.HashOf(_value);

    /// <summary>The normalized code, e.g. <c>USDT</c>; empty when unset.</summary>
    public override string ToString() => Value;

    private static string? Normalize(string? text, out string normalized)
    {
        normalized = text?.Trim().ToUpperInvariant() ?? string.Empty;
        return TextRules.Check("Asset", normalized, MaxLength, TextRules.UpperAlphanumeric, "A-Z and 0-9");
    }
}
