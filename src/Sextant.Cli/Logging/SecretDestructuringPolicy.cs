using System.Reflection;
using Serilog.Core;
using Serilog.Events;

namespace Sextant.Cli.Logging;

/// <summary>
/// Destructures (<c>{@Thing}</c>) any object that has a member named like a secret (…Key, …Secret, …Token, …Password,
/// Signature) with that member masked, so logging a config or a request object never writes a credential. Names ending in
/// <c>Env</c> are kept: they name a variable, not its value.
/// </summary>
public sealed class SecretDestructuringPolicy : IDestructuringPolicy
{
    private static readonly string[] SecretNames = ["Key", "Secret", "Token", "Password", "Signature", "ApiKeyId"];

    /// <inheritdoc />
    public bool TryDestructure(object value, ILogEventPropertyValueFactory propertyValueFactory, out LogEventPropertyValue result)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(propertyValueFactory);
        var type = value.GetType();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanRead).ToList();
        if (type.IsPrimitive || value is string || !properties.Any(IsSecret))
        {
            result = null!;
            return false;
        }

        result = new StructureValue(properties.Select(p => new LogEventProperty(p.Name,
            IsSecret(p) ? new ScalarValue(RedactingSink.Mask) : propertyValueFactory.CreatePropertyValue(p.GetValue(value), destructureObjects: true))), type.Name);
        return true;
    }

    private static bool IsSecret(PropertyInfo property) =>
        !property.Name.EndsWith("Env", StringComparison.Ordinal) && SecretNames.Any(s => property.Name.EndsWith(s, StringComparison.Ordinal));
}
