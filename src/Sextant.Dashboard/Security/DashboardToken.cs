using System.Security.Cryptography;
using System.Text;

namespace Sextant.Dashboard.Security;

/// <summary>The access token of a dashboard: taken from an environment variable or generated at start, compared in constant time.</summary>
public sealed class DashboardToken
{
    private readonly byte[] _hash;

    /// <summary>Wraps <paramref name="value"/>; it must be at least 16 characters.</summary>
    public DashboardToken(string value, bool generated)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Trim().Length < 16)
        {
            throw new ArgumentException("The dashboard token must be at least 16 characters", nameof(value));
        }

        Value = value.Trim();
        Generated = generated;
        _hash = SHA256.HashData(Encoding.UTF8.GetBytes(Value));
    }

    /// <summary>The token (a secret: print it once at start, never log it).</summary>
    public string Value { get; }

    /// <summary>True when it was generated because the environment variable was unset.</summary>
    public bool Generated { get; }

    /// <summary>The token from the variable <paramref name="variable"/> of <paramref name="environment"/>, else a new random one (32 bytes, base64url).</summary>
    public static DashboardToken Resolve(string variable, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.TryGetValue(variable, out var value) && !string.IsNullOrWhiteSpace(value)
            ? new DashboardToken(value, generated: false)
            : Generate();
    }

    /// <summary>A new random token.</summary>
    public static DashboardToken Generate() =>
        new(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'), generated: true);

    /// <summary>True when <paramref name="candidate"/> is the token. Compares fixed-length hashes in constant time, so neither the content nor the length leaks through timing.</summary>
    public bool Matches(string? candidate)
    {
        if (candidate is null)
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(candidate.Trim()), hash);
        return CryptographicOperations.FixedTimeEquals(hash, _hash);
    }

    /// <summary>Never the token itself.</summary>
    public override string ToString() => "DashboardToken(***)";
}
