using Sextant.Config.Validation;

namespace Sextant.Config.Loading;

/// <summary>Reads secrets from the environment variables that the config names. Values are returned to the caller only, never logged, printed or put in messages.</summary>
public static class Secrets
{
    /// <summary>True when <paramref name="variable"/> is set to a non-empty value.</summary>
    public static bool IsSet(IReadOnlyDictionary<string, string> environment, string variable)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.TryGetValue(variable, out var value) && !string.IsNullOrEmpty(value);
    }

    /// <summary>The value of <paramref name="variable"/>; throws a <see cref="ConfigException"/> naming the variable (and the setting at <paramref name="path"/>) when it is missing.</summary>
    public static string Resolve(IReadOnlyDictionary<string, string> environment, string? variable, string path)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (string.IsNullOrWhiteSpace(variable))
        {
            throw new ConfigException([new ConfigProblem(path, "must name the environment variable that holds this secret")]);
        }

        if (environment.TryGetValue(variable, out var value) && !string.IsNullOrEmpty(value))
        {
            return value;
        }

        throw new ConfigException([new ConfigProblem(path, $"environment variable {variable} is not set; export it before starting (its value is never printed)")]);
    }
}
