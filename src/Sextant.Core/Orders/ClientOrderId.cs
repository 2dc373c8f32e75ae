using System.Diagnostics.CodeAnalysis;
using Sextant.Core.Instruments;

namespace Sextant.Core.Orders;

/// <summary>
/// Our id for an order, sent to the venue (Binance <c>newClientOrderId</c>, Alpaca <c>client_order_id</c>):
/// 1-36 characters from A-Z, a-z, 0-9, <c>_</c> and <c>-</c>, case preserved, not trimmed. <c>default(ClientOrderId)</c> means "unset".
/// </summary>
public readonly record struct ClientOrderId
{
    /// <summary>The longest id accepted, in characters (36, Binance's limit).</summary>
    public const int MaxLength = 36;

    private readonly string? _value;

    /// <summary>Creates the id; throws <see cref="ArgumentException"/> naming the problem.</summary>
    /// <param name="value">The id text, used exactly as given.</param>
    public ClientOrderId(string value)
    {
        var error = Check(value);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(value));
        }

        _value = value;
    }

    /// <summary>The id text, case preserved; empty for <c>default(ClientOrderId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True unless this is <c>default(ClientOrderId)</c> ("unset").</summary>
    public bool IsSet => _value is not null;

    /// <summary>Parses <paramref name="text"/> without throwing; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, out ClientOrderId id, [NotNullWhen(false)] out string? error)
    {
        error = Check(text);
        id = error is null ? new ClientOrderId(text!) : default;
        return error is null;
    }

    /// <summary>The id text, e.g. <c>pairs-000042</c>; empty when unset.</summary>
    public override string ToString() => Value;

    private static string? Check(string? text) =>
        TextRules.Check("Client order id", text ?? string.Empty, MaxLength, Allowed, "A-Z, a-z, 0-9, '_' and '-'");

    private static readonly System.Buffers.SearchValues<char> Allowed =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");
}
