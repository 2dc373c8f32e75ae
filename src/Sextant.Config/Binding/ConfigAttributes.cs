namespace Sextant.Config.Binding;

/// <summary>Names the YAML key of a property when the snake_case of its name is not the key wanted (<c>DuckDb</c> → <c>duckdb</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ConfigKeyAttribute(string key) : Attribute
{
    /// <summary>The YAML key.</summary>
    public string Key { get; } = key;
}

/// <summary>
/// A key a config record no longer has, and what replaced it: writing it is still an error (nothing is guessed), but the
/// message says what to write instead of only "unknown key".
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ConfigReplacedKeyAttribute(string key, string replacement) : Attribute
{
    /// <summary>The old YAML key.</summary>
    public string Key { get; } = key;

    /// <summary>What to write instead, as a sentence fragment: <c>replaced by …</c>.</summary>
    public string Replacement { get; } = replacement;
}

/// <summary>Marks an abstract config record whose concrete type is chosen by a discriminator key, e.g. a strategy's <c>type</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ConfigUnionAttribute(string discriminator) : Attribute
{
    /// <summary>The key whose value selects the concrete record.</summary>
    public string Discriminator { get; } = discriminator;
}

/// <summary>One concrete record of a <see cref="ConfigUnionAttribute"/> union and the discriminator value that selects it.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ConfigCaseAttribute(string value, Type type) : Attribute
{
    /// <summary>The discriminator value, e.g. <c>cointegration</c>.</summary>
    public string Value { get; } = value;

    /// <summary>The concrete record type.</summary>
    public Type Type { get; } = type;
}

/// <summary>A config value type written as one scalar, parsed by its own rules (e.g. a hedge ratio that is <c>rolling</c>, <c>kalman</c> or a number).</summary>
public interface IConfigScalar<TSelf>
    where TSelf : IConfigScalar<TSelf>
{
    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="expected"/> says what is allowed.</summary>
    static abstract bool TryParse(string text, out TSelf value, out string expected);

    /// <summary>The text that parses back to this value.</summary>
    string ToConfigText();
}
