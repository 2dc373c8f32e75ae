using System.Diagnostics.CodeAnalysis;

namespace Sextant.Core.Instruments;

/// <summary>
/// A trading symbol such as <c>BTCUSDT</c>, <c>BRK.B</c> or <c>BTC/USD</c>: trimmed, upper-cased (invariant),
/// 1-32 characters from A-Z, 0-9 and <c>. - _ /</c>. <c>default(Symbol)</c> means "unset".
/// </summary>
public readonly record struct Symbol
{
    /// <summary>The longest symbol accepted, in characters (32).</summary>
    public const int MaxLength = 32;

    private const string Allowed = "A-Z, 0-9, '.', '-', '_' and '/'";

    private static readonly System.Buffers.SearchValues<char> AllowedChars = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_/");

    private readonly string? _value;

    /// <summary>Creates a symbol from <paramref name="value"/>, normalizing it; throws <see cref="ArgumentException"/> naming the problem.</summary>
    /// <param name="value">The raw symbol text; surrounding whitespace and case are ignored.</param>
    public Symbol(string value)
    {
        var error = Normalize(value, out var normalized);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(value));
        }

        _value = TextPool.Intern(normalized); // equal values share one instance: see TextPool
    }

    /// <summary>The normalized symbol text, upper-case; empty for <c>default(Symbol)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True unless this is <c>default(Symbol)</c> ("unset").</summary>
    public bool IsSet => _value is not null;

    /// <summary>Parses <paramref name="text"/> without throwing; on failure <paramref name="error"/> says what is wrong.</summary>
    /// <param name="text">The raw symbol text; surrounding whitespace and case are ignored.</param>
    /// <param name="symbol">The symbol, or <c>default</c> on failure.</param>
    /// <param name="error">Null on success, else a message such as <c>Symbol must not be empty</c>.</param>
    public static bool TryParse(string? text, out Symbol symbol, [NotNullWhen(false)] out string? error)
    {
        error = Normalize(text, out var normalized);
        symbol = error is null ? new Symbol(normalized) : default;
        return error is null;
    }

    /// <summary>Equal when the texts are equal: both hold the pooled instance of their text, so one reference comparison decides.</summary>
    public bool Equals(Symbol other) => ReferenceEquals(_value, other._value);

    /// <inheritdoc />
    public override int GetHashCode() => TextPool.HashOf(_value);

    /// <summary>The normalized symbol text, e.g. <c>BTCUSDT</c>; empty when unset.</summary>
    public override string ToString() => Value;

    private static string? Normalize(string? text, out string normalized)
    {
        normalized = text?.Trim().ToUpperInvariant() ?? string.Empty;
        return TextRules.Check("Symbol", normalized, MaxLength, AllowedChars, Allowed);
    }
}
