using System.Text.Json.Nodes;
using Sextant.Execution.Brokers;

namespace Sextant.Engine.Reconciliation;

/// <summary>
/// What a venue account held when a broker's journal began: balances by asset and positions by symbol. An account can
/// hold more than the engine ever traded (coins bought by hand, a deposit); the engine's share is the change since then.
/// Journaled once, on the first start, so every restart compares against the same point.
/// </summary>
public sealed record AccountBaseline(IReadOnlyDictionary<string, decimal> Assets, IReadOnlyDictionary<string, decimal> Positions)
{
    /// <summary>The baseline of <paramref name="account"/> now (free plus locked per asset).</summary>
    public static AccountBaseline Of(AccountState account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new(account.Balances.GroupBy(b => b.Asset.Value).ToDictionary(g => g.Key, g => g.Sum(b => b.Total), StringComparer.Ordinal),
            account.Positions.GroupBy(p => p.Symbol.Value).ToDictionary(g => g.Key, g => g.Sum(p => p.Quantity), StringComparer.Ordinal));
    }

    /// <summary>The baseline as journal JSON.</summary>
    public JsonObject ToJson()
    {
        var assets = new JsonObject();
        foreach (var (asset, amount) in Assets)
        {
            assets[asset] = amount;
        }

        var positions = new JsonObject();
        foreach (var (symbol, quantity) in Positions)
        {
            positions[symbol] = quantity;
        }

        return new JsonObject { ["assets"] = assets, ["positions"] = positions };
    }

    /// <summary>Reads <see cref="ToJson"/> back.</summary>
    public static AccountBaseline FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        static Dictionary<string, decimal> Read(JsonNode? node) =>
            node is JsonObject o ? o.ToDictionary(p => p.Key, p => p.Value!.GetValue<decimal>(), StringComparer.Ordinal) : new(StringComparer.Ordinal);
        return new(Read(json["assets"]), Read(json["positions"]));
    }

    /// <summary>The baseline amount of an asset or a symbol's position (0 when it held none).</summary>
    public decimal AssetOr0(string asset) => Assets.GetValueOrDefault(asset);

    /// <summary>The baseline position of a symbol (0 when it held none).</summary>
    public decimal PositionOr0(string symbol) => Positions.GetValueOrDefault(symbol);
}
