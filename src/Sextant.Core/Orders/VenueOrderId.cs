namespace Sextant.Core.Orders;

/// <summary>
/// The venue's id for an order (Binance <c>orderId</c>, Alpaca <c>id</c>): any non-blank text, case preserved.
/// <c>default(VenueOrderId)</c> means "unset".
/// </summary>
public readonly record struct VenueOrderId
{
    private readonly string? _value;

    /// <summary>Creates the id; throws <see cref="ArgumentException"/> when <paramref name="value"/> is null, empty or blank.</summary>
    /// <param name="value">The venue's id text, used exactly as given.</param>
    public VenueOrderId(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"Venue order id must not be empty, was '{value}'", nameof(value));
        }

        _value = value;
    }

    /// <summary>The id text, case preserved; empty for <c>default(VenueOrderId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True unless this is <c>default(VenueOrderId)</c> ("unset").</summary>
    public bool IsSet => _value is not null;

    /// <summary>The id text; empty when unset.</summary>
    public override string ToString() => Value;
}
