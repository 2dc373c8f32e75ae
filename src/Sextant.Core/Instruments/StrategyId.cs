using System.Diagnostics.CodeAnalysis;

namespace Sextant.Core.Instruments;

/// <summary>
/// Identifies a configured strategy instance such as <c>btc_eth_pair</c>: trimmed, lower-cased (invariant), 1-64 characters from a-z, 0-9, <c>_</c> and <c>-</c>.
/// <c>default(StrategyId)</c> means "unset".
/// </summary>
public readonly record struct StrategyId
{
    private readonly string? _value;

    /// <summary>Creates the id from <paramref name="value"/>, normalizing it; throws <see cref="ArgumentException"/> naming the problem.</summary>
    /// <param name="value">The raw id text; surrounding whitespace and case are ignored.</param>
    public StrategyId(string value)
    {
        var error = IdRules.Normalize("Strategy id", value, out var normalized);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(value));
        }

        _value = TextPool.Intern(normalized); // equal values share one instance: see TextPool
    }

    /// <summary>The normalized id, lower-case; empty for <c>default(StrategyId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True unless this is <c>default(StrategyId)</c> ("unset").</summary>
    public bool IsSet => _value is not null;

    /// <summary>Parses <paramref name="text"/> without throwing; on failure <paramref name="error"/> says what is wrong.</summary>
    /// <param name="text">The raw id text; surrounding whitespace and case are ignored.</param>
    /// <param name="id">The id, or <c>default</c> on failure.</param>
    /// <param name="error">Null on success, else a message such as <c>Strategy id must not be empty</c>.</param>
    public static bool TryParse(string? text, out StrategyId id, [NotNullWhen(false)] out string? error)
    {
        error = IdRules.Normalize("Strategy id", text, out var normalized);
        id = error is null ? new StrategyId(normalized) : default;
        return error is null;
    }

    /// <summary>Equal when the texts are equal: both hold the pooled instance of their text, so one reference comparison decides.</summary>
    public bool Equals(StrategyId other) => ReferenceEquals(_value, other._value);

    /// <inheritdoc />
    public override int GetHashCode() => TextPool.HashOf(_value);

    /// <summary>The normalized id, e.g. <c>btc_eth_pair</c>; empty when unset.</summary>
    public override string ToString() => Value;
}
