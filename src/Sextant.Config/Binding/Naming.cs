using System.Reflection;
using YamlDotNet.Serialization.NamingConventions;

namespace Sextant.Config.Binding;

/// <summary>The one mapping between C# names and YAML keys: snake_case (<c>EntryZ</c> ↔ <c>entry_z</c>), unless <see cref="ConfigKeyAttribute"/> says otherwise.</summary>
public static class Naming
{
    /// <summary>The YAML key of a property.</summary>
    public static string KeyOf(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.GetCustomAttribute<ConfigKeyAttribute>()?.Key ?? Snake(property.Name);
    }

    /// <summary>snake_case of a PascalCase name.</summary>
    public static string Snake(string name) => UnderscoredNamingConvention.Instance.Apply(name);

    /// <summary>The bindable properties of a config record: public, readable and settable (init counts), in declaration order with base-class properties first.</summary>
    public static IReadOnlyList<PropertyInfo> PropertiesOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var chain = new List<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            chain.Insert(0, t);
        }

        return chain
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.CanRead && p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .ToList();
    }

    /// <summary>Edit distance, for "did you mean" hints on misspelled keys.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
