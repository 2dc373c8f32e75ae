using System.Text.Json.Nodes;

namespace Sextant.Brokers.Alpaca.Rest;

/// <summary>How an Alpaca call ended.</summary>
internal enum AlpacaOutcome
{
    Ok,
    Refused,
    Unauthorized,
    RateLimited,
    Unknown,
}

/// <summary>One call's result: status, body, and for errors the venue's code and message.</summary>
internal sealed record AlpacaResponse(AlpacaOutcome Outcome, int Status, JsonNode? Body, long Code, string Message);
