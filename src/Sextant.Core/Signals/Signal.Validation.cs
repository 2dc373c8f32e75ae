using Sextant.Core.Instruments;
using Sextant.Core.Orders;

namespace Sextant.Core.Signals;

/// <content>The rules every signal passes; each problem says what and which.</content>
public sealed partial record Signal
{
    private const string AllowedMetadataTypes = "string, double, decimal, long, int, bool";

    private List<string> Problems()
    {
        var problems = new List<string>();
        if (!Symbol.IsSet)
        {
            problems.Add("symbol must be set");
        }

        if (!Strategy.IsSet)
        {
            problems.Add("strategy must be set");
        }

        if (!AssetClass.IsDefined())
        {
            problems.Add($"asset class must be one of {AssetClasses.AllowedNames}, was {(int)AssetClass}");
        }

        CheckSize(problems);
        CheckPricing(problems);
        CheckMetadata(problems);
        return problems;
    }

    private void CheckSize(List<string> problems)
    {
        switch (Action)
        {
            case SignalAction.Buy or SignalAction.Sell:
                CheckOneOf(problems, (nameof(Quantity), Quantity), (nameof(Notional), Notional), mustBePositive: true);
                CheckNone(problems, (nameof(TargetQuantity), TargetQuantity), (nameof(TargetNotional), TargetNotional));
                break;
            case SignalAction.Target:
                CheckOneOf(problems, (nameof(TargetQuantity), TargetQuantity), (nameof(TargetNotional), TargetNotional), mustBePositive: false);
                CheckNone(problems, (nameof(Quantity), Quantity), (nameof(Notional), Notional));
                break;
            case SignalAction.Flatten:
                CheckNone(problems, (nameof(Quantity), Quantity), (nameof(Notional), Notional));
                CheckNone(problems, (nameof(TargetQuantity), TargetQuantity), (nameof(TargetNotional), TargetNotional));
                break;
            default:
                problems.Add($"action must be one of {string.Join(", ", Enum.GetNames<SignalAction>())}, was {(int)Action}");
                break;
        }
    }

    private void CheckOneOf(List<string> problems, (string Name, decimal? Value) first, (string Name, decimal? Value) second, bool mustBePositive)
    {
        switch (first.Value, second.Value)
        {
            case (null, null):
                problems.Add($"a {Action} needs {first.Name} or {second.Name}, neither was given");
                return;
            case ({ } a, { } b):
                problems.Add($"a {Action} needs {first.Name} or {second.Name}, not both (was {a} and {b})");
                return;
        }

        var (name, value) = first.Value is null ? second : first;
        if (mustBePositive && value <= 0)
        {
            problems.Add($"{name} must be positive, was {value}");
        }
    }

    private void CheckNone(List<string> problems, (string Name, decimal? Value) first, (string Name, decimal? Value) second)
    {
        foreach (var (name, value) in (ReadOnlySpan<(string, decimal?)>)[first, second])
        {
            if (value is { } given)
            {
                problems.Add($"a {Action} takes no {name}, was {given}");
            }
        }
    }

    private void CheckPricing(List<string> problems)
    {
        switch (OrderType, LimitPrice)
        {
            case (OrderType.Limit, null):
                problems.Add("a Limit signal needs LimitPrice, none was given");
                break;
            case (OrderType.Limit, <= 0m and var price):
                problems.Add($"LimitPrice must be positive, was {price}");
                break;
            case (OrderType.Market, { } price):
                problems.Add($"a Market signal takes no LimitPrice, was {price}");
                break;
            case (not (OrderType.Market or OrderType.Limit), _):
                problems.Add($"order type must be Market or Limit, was {(int)OrderType}");
                break;
        }

        if (!Enum.IsDefined(TimeInForce))
        {
            problems.Add($"time in force must be one of {string.Join(", ", Enum.GetNames<TimeInForce>())}, was {(int)TimeInForce}");
        }
    }

    private void CheckMetadata(List<string> problems)
    {
        foreach (var (key, value) in Metadata)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                problems.Add("metadata keys must not be empty");
            }
            else if (value is not (string or double or decimal or long or int or bool))
            {
                var type = value is null ? "null" : value.GetType().Name;
                problems.Add($"metadata '{key}' has type {type}; allowed are {AllowedMetadataTypes}");
            }
        }
    }
}
