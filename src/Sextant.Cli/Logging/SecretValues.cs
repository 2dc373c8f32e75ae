using Sextant.Config.Schema;

namespace Sextant.Cli.Logging;

/// <summary>
/// The secret values a run knows, for redaction: the values of every environment variable the config names for a secret
/// (broker and data-source keys, the dashboard token, alert URLs and tokens), plus, as a safety net, every variable whose
/// name ends in KEY, KEY_ID, SECRET, TOKEN or PASSWORD. Values shorter than 6 characters are ignored (too common to redact).
/// </summary>
public static class SecretValues
{
    private const int MinLength = 6;
    private static readonly string[] SecretSuffixes = ["KEY", "KEY_ID", "SECRET", "TOKEN", "PASSWORD"];

    /// <summary>The secret values of <paramref name="config"/> found in <paramref name="environment"/>.</summary>
    public static IReadOnlyCollection<string> From(SextantConfig config, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(environment);
        var names = new List<string?> { config.Dashboard.TokenEnv };
        foreach (var broker in config.Brokers.Values)
        {
            names.Add(broker.ApiKeyEnv);
            names.Add(broker.ApiSecretEnv);
        }

        foreach (var source in config.Data.Sources.Values)
        {
            names.Add(source.ApiKeyEnv);
            names.Add(source.ApiSecretEnv);
        }

        foreach (var channel in config.Alerts.Channels.Values)
        {
            names.Add(channel.UrlEnv);
            names.Add(channel.TokenEnv);
        }

        names.AddRange(environment.Keys.Where(k => SecretSuffixes.Any(s => k.EndsWith(s, StringComparison.OrdinalIgnoreCase))));
        return names.OfType<string>()
            .Select(n => environment.GetValueOrDefault(n))
            .OfType<string>()
            .Where(v => v.Length >= MinLength)
            .ToHashSet(StringComparer.Ordinal);
    }
}
