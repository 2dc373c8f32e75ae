using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;

namespace Sextant.Brokers.Simulated.Models;

/// <summary>The commission of one fill, in the quote asset (Lean's IFeeModel, one implementation per venue).</summary>
public interface IFeeModel
{
    /// <summary>The fee for <paramref name="quantity"/> base units of <paramref name="order"/> filled at <paramref name="price"/>; <paramref name="notional"/> is quantity × price, made once by the venue for the fill and the fee.</summary>
    Money Fee(Order order, decimal quantity, decimal price, decimal notional, Liquidity liquidity, Asset quoteAsset);
}

/// <summary>A flat fee of <c>commission_bps</c> basis points of notional: bps/10⁴ · |quantity · price|.</summary>
public sealed class BpsFeeModel(decimal bps) : IFeeModel
{
    private readonly decimal _rate = bps / 10_000m; // the same decimal bps/10⁴ on every fill, divided once

    /// <inheritdoc />
    public Money Fee(Order order, decimal quantity, decimal price, decimal notional, Liquidity liquidity, Asset quoteAsset) =>
        new(_rate * Math.Abs(notional), quoteAsset);
}

/// <summary>Binance US: maker or taker basis points of notional, by the fill's liquidity.</summary>
public sealed class BinanceUsFeeModel(decimal makerBps, decimal takerBps) : IFeeModel
{
    private readonly decimal _maker = makerBps / 10_000m;
    private readonly decimal _taker = takerBps / 10_000m;

    /// <inheritdoc />
    public Money Fee(Order order, decimal quantity, decimal price, decimal notional, Liquidity liquidity, Asset quoteAsset) =>
        new((liquidity == Liquidity.Maker ? _maker : _taker) * Math.Abs(notional), quoteAsset);
}

/// <summary>Alpaca: no commission; sells pay the SEC fee (per million of proceeds) and the FINRA TAF (per share, capped), each rounded up to the cent.</summary>
public sealed class AlpacaFeeModel(decimal secFeePerMillion, decimal finraTafPerShare, decimal finraTafMax) : IFeeModel
{
    /// <inheritdoc />
    public Money Fee(Order order, decimal quantity, decimal price, decimal notional, Liquidity liquidity, Asset quoteAsset)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Side == OrderSide.Buy)
        {
            return new Money(0m, quoteAsset);
        }

        var sec = CeilingCents(notional * secFeePerMillion / 1_000_000m);
        var taf = CeilingCents(Math.Min(quantity * finraTafPerShare, finraTafMax));
        return new Money(sec + taf, quoteAsset);
    }

    private static decimal CeilingCents(decimal amount) => decimal.Ceiling(amount * 100m) / 100m;
}
