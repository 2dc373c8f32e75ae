using System.Globalization;
using System.Reflection;
using Sextant.Core.Instruments;

namespace Sextant.Config.Binding;

/// <summary>Converts scalar text to the value types config records use, and describes what each type accepts for error messages.</summary>
public static class ScalarConverter
{
    private static readonly MethodInfo ParseCustomMethod =
        typeof(ScalarConverter).GetMethod(nameof(ParseCustom), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>True when <paramref name="type"/> is written as one scalar.</summary>
    public static bool IsScalar(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.IsEnum || type == typeof(string) || type == typeof(bool) || type == typeof(int) || type == typeof(long)
            || type == typeof(double) || type == typeof(decimal) || type == typeof(TimeSpan) || type == typeof(DateTimeOffset)
            || type == typeof(Symbol) || IsCustom(type);
    }

    /// <summary>Converts <paramref name="text"/> to <paramref name="type"/>; on failure returns false and says what was expected.</summary>
    public static bool TryConvert(string text, Type type, out object? value, out string expected)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(type);
        expected = Describe(type);
        value = null;
        var inv = CultureInfo.InvariantCulture;
        var plain = text.Replace("_", string.Empty, StringComparison.Ordinal);
        switch (type)
        {
            case var t when t == typeof(string):
                value = text;
                return true;
            case var t when t == typeof(bool):
                if (bool.TryParse(text, out var flag))
                {
                    value = flag;
                    return true;
                }

                return false;
            case var t when t == typeof(int):
                if (int.TryParse(plain, NumberStyles.AllowLeadingSign, inv, out var i))
                {
                    value = i;
                    return true;
                }

                return false;
            case var t when t == typeof(long):
                if (long.TryParse(plain, NumberStyles.AllowLeadingSign, inv, out var l))
                {
                    value = l;
                    return true;
                }

                return false;
            case var t when t == typeof(double):
                if (double.TryParse(plain, NumberStyles.Float, inv, out var d) && double.IsFinite(d))
                {
                    value = d;
                    return true;
                }

                return false;
            case var t when t == typeof(decimal):
                if (decimal.TryParse(plain, NumberStyles.Float, inv, out var m))
                {
                    value = m;
                    return true;
                }

                return false;
            case var t when t == typeof(TimeSpan):
                if (Durations.TryParse(text, out var span))
                {
                    value = span;
                    return true;
                }

                return false;
            case var t when t == typeof(DateTimeOffset):
                if (ConfigTime.TryParse(text, out var time))
                {
                    value = time;
                    return true;
                }

                return false;
            case var t when t == typeof(Symbol):
                if (Symbol.TryParse(text, out var symbol, out var error))
                {
                    value = symbol;
                    return true;
                }

                expected = "a symbol (" + error + ")";
                return false;
            case { IsEnum: true }:
                foreach (var name in Enum.GetNames(type))
                {
                    if (string.Equals(Naming.Snake(name), text, StringComparison.OrdinalIgnoreCase))
                    {
                        value = Enum.Parse(type, name);
                        return true;
                    }
                }

                return false;
            default:
                if (IsCustom(type))
                {
                    var args = new object?[] { text, null, null };
                    var ok = (bool)ParseCustomMethod.MakeGenericMethod(type).Invoke(null, args)!;
                    value = args[1];
                    expected = (string)args[2]!;
                    return ok;
                }

                throw new NotSupportedException($"Config records cannot use {type.Name} as a scalar");
        }
    }

    /// <summary>The text that parses back to <paramref name="value"/> (durations as <c>30s</c>, enums in snake_case).</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        IFormattable f and (int or long) => f.ToString(null, CultureInfo.InvariantCulture),
        TimeSpan span => Durations.Format(span),
        DateTimeOffset time => ConfigTime.Format(time),
        Enum e => Naming.Snake(e.ToString()),
        _ => FormatCustom(value),
    };

    /// <summary>What a type accepts, in words.</summary>
    public static string Describe(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type switch
        {
            _ when type == typeof(string) => "text",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) || type == typeof(decimal) => "a number",
            _ when type == typeof(TimeSpan) => Durations.Allowed,
            _ when type == typeof(DateTimeOffset) => ConfigTime.Allowed,
            _ when type == typeof(Symbol) => "a symbol such as BTCUSDT",
            { IsEnum: true } => "one of: " + string.Join(", ", Enum.GetNames(type).Select(Naming.Snake)),
            _ => type.Name,
        };
    }

    private static bool IsCustom(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConfigScalar<>));

    private static bool ParseCustom<T>(string text, out T value, out string expected)
        where T : IConfigScalar<T> => T.TryParse(text, out value, out expected);

    private static string FormatCustom(object value)
    {
        var method = value.GetType().GetMethod("ToConfigText");
        if (method is not null)
        {
            return (string)method.Invoke(value, null)!;
        }

        return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
