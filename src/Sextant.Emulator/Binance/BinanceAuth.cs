using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Sextant.Emulator.Binance;

/// <summary>Binance endpoint security types.</summary>
internal enum Security
{
    None,
    ApiKey,
    Signed,
}

/// <summary>
/// Checks requests as the venue does: the key in <c>X-MBX-APIKEY</c>; for SIGNED calls the lowercase-or-uppercase hex
/// HMAC-SHA256 (keyed with the secret) over the query string immediately followed by the body, without the
/// <c>signature</c> parameter, and the rule <c>timestamp &lt; serverTime + 1000</c> and <c>serverTime - timestamp &lt;= recvWindow</c>.
/// </summary>
internal sealed class BinanceAuth(string key, string secret)
{
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(secret);

    public IResult? Check(BinanceRequest request, Security security, long serverTime)
    {
        if (security == Security.None)
        {
            return null;
        }

        if (string.IsNullOrEmpty(request.ApiKey))
        {
            return BinanceError.Of(-2014, "API-key format invalid.", 401);
        }

        if (!string.Equals(request.ApiKey, key, StringComparison.Ordinal))
        {
            return BinanceError.Of(-2015, "Invalid API-key, IP, or permissions for action.", 401);
        }

        if (security == Security.ApiKey)
        {
            return null;
        }

        if (request.Get("signature") is not { } signature)
        {
            return BinanceError.Mandatory("signature");
        }

        if (!long.TryParse(request.Get("timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return BinanceError.Mandatory("timestamp");
        }

        var recvWindow = 5000L;
        if (request.Get("recvWindow") is { } window && (!long.TryParse(window, NumberStyles.None, CultureInfo.InvariantCulture, out recvWindow) || recvWindow > 60_000))
        {
            return BinanceError.Of(-1131, "recvWindow must be less than 60000");
        }

        if (!Verify(request, signature))
        {
            return BinanceError.Of(-1022, "Signature for this request is not valid.");
        }

        if (timestamp >= serverTime + 1000)
        {
            return BinanceError.Of(-1021, "Timestamp for this request was 1000ms ahead of the server's time.");
        }

        return serverTime - timestamp > recvWindow
            ? BinanceError.Of(-1021, "Timestamp for this request is outside of the recvWindow.")
            : null;
    }

    private bool Verify(BinanceRequest request, string signature)
    {
        var total = WithoutSignature(request.Query) + WithoutSignature(request.Body);
        var expected = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(total))));
        var given = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private static string WithoutSignature(string raw) =>
        raw.Length == 0 ? raw : string.Join('&', raw.Split('&').Where(p => !p.StartsWith("signature=", StringComparison.Ordinal)));
}
