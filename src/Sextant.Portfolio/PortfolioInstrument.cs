using Sextant.Core.Instruments;

namespace Sextant.Portfolio;

/// <summary>
/// An instrument a <see cref="Portfolio"/> can hold, registered once at setup and addressed by its dense <see cref="Index"/>
/// in the per-bar path.
/// </summary>
/// <param name="Index">The dense index the portfolio assigned, 0, 1, 2, … in registration order.</param>
/// <param name="Symbol">The traded symbol, e.g. <c>BTCUSDT</c>.</param>
/// <param name="AssetClass">Crypto or equity; exposure is grouped by it.</param>
/// <param name="BaseAsset">The asset bought and sold, e.g. <c>BTC</c>, so a fee charged in it shrinks the position; <c>default</c> when fees are never charged in it (equities).</param>
public readonly record struct PortfolioInstrument(int Index, Symbol Symbol, AssetClass AssetClass, Asset BaseAsset);
