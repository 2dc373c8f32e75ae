namespace Sextant.Emulator;

/// <summary>One order as the emulated venue holds it (for tests and the admin endpoint): venue, our client id, and how far it got.</summary>
public sealed record EmulatorOrderView(string Venue, string ClientOrderId, string Symbol, string Side, decimal Quantity, decimal Executed, string Status, bool IsOpen);

/// <summary>One execution on the emulated venue: the order's client id, side, quantity, price and commission.</summary>
public sealed record EmulatorTradeView(string Venue, long TradeId, string ClientOrderId, string Symbol, string Side, decimal Quantity, decimal Price, decimal Commission);
