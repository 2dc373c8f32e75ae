using System.Globalization;
using Sextant.Config.Binding;

namespace Sextant.Config.Schema;

/// <summary>How a pair's hedge ratio is found.</summary>
public enum HedgeRatioKind
{
    /// <summary>Rolling OLS with intercept over the lookback window.</summary>
    Rolling,

    /// <summary>A Kalman filter that tracks the ratio bar by bar.</summary>
    Kalman,

    /// <summary>A fixed number.</summary>
    Fixed,
}

/// <summary>A pair's hedge ratio as written in YAML: <c>rolling</c>, <c>kalman</c> or a number.</summary>
public readonly record struct HedgeRatioSetting(HedgeRatioKind Kind, double Value) : IConfigScalar<HedgeRatioSetting>
{
    /// <summary>Rolling OLS (the default).</summary>
    public static HedgeRatioSetting Rolling => new(HedgeRatioKind.Rolling, double.NaN);

    /// <inheritdoc />
    public static bool TryParse(string text, out HedgeRatioSetting value, out string expected)
    {
        expected = "rolling, kalman or a number";
        value = default;
        switch (text)
        {
            case "rolling":
                value = Rolling;
                return true;
            case "kalman":
                value = new(HedgeRatioKind.Kalman, double.NaN);
                return true;
            default:
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) && number != 0)
                {
                    value = new(HedgeRatioKind.Fixed, number);
                    return true;
                }

                return false;
        }
    }

    /// <inheritdoc />
    public string ToConfigText() => Kind switch
    {
        HedgeRatioKind.Fixed => Value.ToString("R", CultureInfo.InvariantCulture),
        _ => Naming.Snake(Kind.ToString()),
    };
}
