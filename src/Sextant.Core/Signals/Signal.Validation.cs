using Sextant.Core.Instruments;
using Sextant.Core.Orders;

namespace Sextant.Core.Signals;

/// <content>The rules every signal passes; each problem says what and which.</content>
public sealed partial record Signal
{
    private const string AllowedMetadataTypes = "string, double, decimal, long, int, bool";

    // Null when the signal is valid (the usual case: no list allocated).
    private List<string>? Problems(decimal? quantity, decimal? notional, decimal? targetQuantity, decimal? targetNotional)
    {
        List<string>? problems = null;
        if (!Symbol.IsSet)
        {
            Add(ref problems, "symbol must be set");
        }

        if (!Strategy.IsSet)
        {
            Add(ref problems, "strategy must be set");
        }

        if (!AssetClass.IsDefined())
        {
            Add(ref problems, $"asset class must be one of {AssetClasses.AllowedNames}, was {(int)AssetClass}");
        }

        CheckSize(ref problems, quantity, notional, targetQuantity, targetNotional);
        CheckPricing(ref problems);
        CheckMetadata(ref problems);
        return problems;
    }

    private static void Add(ref List<string>? problems, string problem) => (problems ??= []).Add(problem);

    private void CheckSize(ref List<string>? problems, decimal? quantity, decimal? notional, decimal? targetQuantity, decimal? targetNotional)
    {
        switch (Action)
        {
            case SignalAction.Buy or SignalAction.Sell:
                CheckOneOf(ref problems, (nameof(Quantity), quantity), (nameof(Notional), notional), mustBePositive: true);
                CheckNone(ref problems, (nameof(TargetQuantity), targetQuantity), (nameof(TargetNotional), targetNotional));
                break;
            case SignalAction.Target:
                CheckOneOf(ref problems, (nameof(TargetQuantity), targetQuantity), (nameof(TargetNotional), targetNotional), mustBePositive: false);
                CheckNone(ref problems, (nameof(Quantity), quantity), (nameof(Notional), notional));
                break;
            case SignalAction.Flatten:
                CheckNone(ref problems, (nameof(Quantity), quantity), (nameof(Notional), notional));
                CheckNone(ref problems, (nameof(TargetQuantity), targetQuantity), (nameof(TargetNotional), targetNotional));
                break;
            default:
                Add(ref problems, $"action must be one of {string.Join(", ", Enum.GetNames<SignalAction>())}, was {(int)Action}");
                break;
        }
    }

    private void CheckOneOf(ref List<string>? problems, (string Name, decimal? Value) first, (string Name, decimal? Value) second, bool mustBePositive)
    {
        switch (first.Value, second.Value)
        {
            case (null, null):
                Add(ref problems, $"a {Action} needs {first.Name} or {second.Name}, neither was given");
                return;
            case ({ } a, { } b):
                Add(ref problems, $"a {Action} needs {first.Name} or {second.Name}, not both (was {a} and {b})");
                return;
        }

        var (name, value) = first.Value is null ? second : first;
        if (mustBePositive && value <= 0)
        {
            Add(ref problems, $"{name} must be positive, was {value}");
        }
    }

    private void CheckNone(ref List<string>? problems, (string Name, decimal? Value) first, (string Name, decimal? Value) second)
    {
        foreach (var (name, value) in (ReadOnlySpan<(string, decimal?)>)[first, second])
        {
            if (value is { } given)
            {
                Add(ref problems, $"a {Action} takes no {name}, was {given}");
            }
        }
    }

    private void CheckPricing(ref List<string>? problems)
    {
        switch (OrderType, LimitPrice)
        {
            case (OrderType.Limit, null):
                Add(ref problems, "a Limit signal needs LimitPrice, none was given");
                break;
            case (OrderType.Limit, <= 0m and var price):
                Add(ref problems, $"LimitPrice must be positive, was {price}");
                break;
            case (OrderType.Market, { } price):
                Add(ref problems, $"a Market signal takes no LimitPrice, was {price}");
                break;
            case (not (OrderType.Market or OrderType.Limit), _):
                Add(ref problems, $"order type must be Market or Limit, was {(int)OrderType}");
                break;
        }

        if (!Enum.IsDefined(TimeInForce))
        {
            Add(ref problems, $"time in force must be one of {string.Join(", ", Enum.GetNames<TimeInForce>())}, was {(int)TimeInForce}");
        }
    }

    private void CheckMetadata(ref List<string>? problems)
    {
        var metadata = (SignalMetadata)Metadata; // indexed, so the check needs no enumerator
        for (var i = 0; i < metadata.Count; i++)
        {
            var (key, value) = (metadata.KeyAt(i), metadata.ValueAt(i));
            if (string.IsNullOrWhiteSpace(key))
            {
                Add(ref problems, "metadata keys must not be empty");
            }
            else if (value is not (string or double or decimal or long or int or bool))
            {
                var type = value is null ? "null" : value.GetType().Name;
                Add(ref problems, $"metadata '{key}' has type {type}; allowed are {AllowedMetadataTypes}");
            }
        }
    }
}
