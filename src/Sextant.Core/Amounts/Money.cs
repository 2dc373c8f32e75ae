using Sextant.Core.Instruments;

namespace Sextant.Core.Amounts;

/// <summary>
/// An exact amount of one <see cref="Instruments.Asset"/>, e.g. <c>-12.50 USDT</c>; negative amounts are allowed (PnL, cash).
/// Arithmetic requires the same asset. <c>default(Money)</c> has no asset and means "unset".
/// </summary>
public readonly record struct Money
{
    /// <summary>Creates an amount of <paramref name="asset"/>; throws <see cref="ArgumentException"/> when the asset is unset.</summary>
    /// <param name="amount">Units of the asset, any sign, scale preserved.</param>
    /// <param name="asset">The currency or coin, e.g. <c>USDT</c>; must be set.</param>
    public Money(decimal amount, Asset asset)
    {
        if (!asset.IsSet)
        {
            throw new ArgumentException($"Money asset must be set (amount {DecimalText.Format(amount)})", nameof(asset));
        }

        Amount = amount;
        Asset = asset;
    }

    /// <summary>The amount in units of <see cref="Asset"/>; may be negative.</summary>
    public decimal Amount { get; }

    /// <summary>The currency or coin the amount is in.</summary>
    public Asset Asset { get; }

    /// <summary>Zero units of <paramref name="asset"/>.</summary>
    public static Money Zero(Asset asset) => new(0m, asset);

    /// <summary>Formats as amount and asset, e.g. <c>-12.50 USDT</c> (invariant culture, scale preserved).</summary>
    public override string ToString() => $"{DecimalText.Format(Amount)} {Asset}";

    /// <summary>Adds two amounts of the same asset; throws <see cref="ArgumentException"/> naming both assets otherwise.</summary>
    public static Money operator +(Money left, Money right)
    {
        RequireSameAsset(left, right, "add");
        return new Money(left.Amount + right.Amount, left.Asset);
    }

    /// <summary>Subtracts two amounts of the same asset (the result may be negative); throws <see cref="ArgumentException"/> naming both assets otherwise.</summary>
    public static Money operator -(Money left, Money right)
    {
        RequireSameAsset(left, right, "subtract");
        return new Money(left.Amount - right.Amount, left.Asset);
    }

    /// <summary>The same amount with the opposite sign.</summary>
    public static Money operator -(Money value) => new(-value.Amount, value.Asset);

    /// <summary>Scales the amount by <paramref name="factor"/>, e.g. a fee rate.</summary>
    public static Money operator *(Money value, decimal factor) => new(value.Amount * factor, value.Asset);

    private static void RequireSameAsset(Money left, Money right, string operation)
    {
        if (left.Asset != right.Asset)
        {
            throw new ArgumentException(
                $"Cannot {operation} money in different assets: {left} and {right} ({left.Asset.Value} vs {right.Asset.Value})",
                nameof(right));
        }
    }
}
