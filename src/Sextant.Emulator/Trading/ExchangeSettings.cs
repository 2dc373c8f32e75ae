namespace Sextant.Emulator.Trading;

/// <summary>How one emulated venue trades: its instruments, starting balances and fees.</summary>
internal sealed record ExchangeSettings(
    string Venue,
    IReadOnlyList<InstrumentSpec> Instruments,
    IReadOnlyDictionary<string, decimal> StartingBalances,
    decimal MakerFee,
    decimal TakerFee,
    int Seed);
