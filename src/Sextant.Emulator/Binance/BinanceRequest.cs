using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Sextant.Emulator.Binance;

/// <summary>A Binance request's parameters from the query string and the form body (the query string wins), plus both raw strings for the signature check.</summary>
internal sealed class BinanceRequest
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private BinanceRequest(string query, string body)
    {
        Query = query;
        Body = body;
        foreach (var (key, value) in QueryHelpers.ParseQuery(body))
        {
            _values[key] = value.ToString();
        }

        foreach (var (key, value) in QueryHelpers.ParseQuery(query))
        {
            _values[key] = value.ToString();
        }
    }

    /// <summary>The query string as sent, without the '?'.</summary>
    public string Query { get; }

    /// <summary>The request body as sent.</summary>
    public string Body { get; }

    public string? ApiKey { get; private init; }

    public static async Task<BinanceRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var query = request.QueryString.HasValue ? request.QueryString.Value![1..] : string.Empty;
        var body = string.Empty;
        if (!HttpMethods.IsGet(request.Method))
        {
            using var reader = new StreamReader(request.Body);
            body = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        return new BinanceRequest(query, body)
        {
            ApiKey = request.Headers.TryGetValue("X-MBX-APIKEY", out var key) ? key.ToString() : null,
        };
    }

    public string? Get(string name) => _values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public bool Has(string name) => Get(name) is not null;
}
