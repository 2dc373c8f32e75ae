using Sextant.Config.Schema;
using Sextant.Core.Instruments;

namespace Sextant.Execution.Instruments;

/// <summary>Instrument rules by symbol; symbols without rules trade without rounding or minimums.</summary>
public sealed class InstrumentCatalog
{
    private readonly Dictionary<Symbol, InstrumentRules> _rules = [];

    // The allow-anything rules of symbols without configured rules, made once per symbol rather than on every order
    // (For is asked two or three times per order). Concurrent: a catalog may be read from more than one thread.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Symbol, InstrumentRules> _none = new();

    /// <summary>An empty catalog.</summary>
    public InstrumentCatalog()
    {
    }

    /// <summary>Rules from the <c>backtesting.instruments</c> config section.</summary>
    public static InstrumentCatalog FromConfig(IReadOnlyDictionary<string, InstrumentConfig> instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        var catalog = new InstrumentCatalog();
        foreach (var (name, rules) in instruments)
        {
            var symbol = new Symbol(name);
            catalog.Set(new InstrumentRules(symbol, rules.LotSize, rules.TickSize, rules.MinNotional));
        }

        return catalog;
    }

    /// <summary>Adds or replaces the rules of one symbol.</summary>
    public void Set(InstrumentRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules[rules.Symbol] = rules;
    }

    /// <summary>The rules of <paramref name="symbol"/>, or rules that allow anything.</summary>
    public InstrumentRules For(Symbol symbol) =>
        _rules.Count != 0 && _rules.TryGetValue(symbol, out var rules) ? rules : _none.GetOrAdd(symbol, static s => InstrumentRules.None(s));
}
