using System.Security.Cryptography;
using System.Text;

namespace Sextant.Brokers.BinanceUs.Rest;

/// <summary>
/// Signs Binance requests: the lowercase hex of HMAC-SHA256, keyed with the API secret, over <c>totalParams</c> —
/// the query string immediately followed by the request body, with no separator. Sign exactly the bytes that are sent.
/// The secret is held only as key bytes and never appears in <see cref="ToString"/>.
/// </summary>
public sealed class BinanceSigner : IDisposable
{
    private readonly HMACSHA256 _hmac;

    /// <summary>Creates a signer for <paramref name="secret"/> (case-sensitive).</summary>
    public BinanceSigner(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
    }

    /// <summary>The signature of <paramref name="queryString"/> followed by <paramref name="body"/> (either may be empty), as lowercase hex.</summary>
    public string Sign(string queryString, string body = "")
    {
        ArgumentNullException.ThrowIfNull(queryString);
        ArgumentNullException.ThrowIfNull(body);
        var hash = _hmac.ComputeHash(Encoding.UTF8.GetBytes(queryString + body));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Checks a signature the way the venue does (hex in either case), in constant time.</summary>
    public bool Verify(string queryString, string body, string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var expected = Encoding.ASCII.GetBytes(Sign(queryString, body));
        var given = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>Never shows the secret.</summary>
    public override string ToString() => "BinanceSigner(secret hidden)";

    /// <inheritdoc />
    public void Dispose() => _hmac.Dispose();
}
