using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Sextant.Brokers.BinanceUs.Rest;

/// <summary>
/// Signs Binance requests: the lowercase hex of HMAC-SHA256, keyed with the API secret, over <c>totalParams</c> —
/// the query string immediately followed by the request body, with no separator. Sign exactly the bytes that are sent.
/// The secret is held only as key bytes (zeroed on dispose) and never appears in <see cref="ToString"/>. Thread-safe: each
/// signature is one-shot HMAC over stack memory, so the order path and the user-data stream's resync may sign at once.
/// </summary>
public sealed class BinanceSigner : IDisposable
{
    private const int StackLimit = 1024;
    private readonly byte[] _key;

    /// <summary>Creates a signer for <paramref name="secret"/> (case-sensitive).</summary>
    public BinanceSigner(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _key = Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>The signature of <paramref name="queryString"/> followed by <paramref name="body"/> (either may be empty), as lowercase hex.</summary>
    public string Sign(string queryString, string body = "")
    {
        ArgumentNullException.ThrowIfNull(queryString);
        ArgumentNullException.ThrowIfNull(body);
        var length = Encoding.UTF8.GetByteCount(queryString) + Encoding.UTF8.GetByteCount(body);
        byte[]? rented = null;
        var data = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(queryString, data);
            written += Encoding.UTF8.GetBytes(body, data[written..]);
            Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(_key, data[..written], hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
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
    public void Dispose() => CryptographicOperations.ZeroMemory(_key);
}
