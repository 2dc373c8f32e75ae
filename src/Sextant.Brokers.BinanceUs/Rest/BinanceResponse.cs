using System.Text.Json.Nodes;

namespace Sextant.Brokers.BinanceUs.Rest;

/// <summary>How a REST call ended, before the caller decides what it means for its operation.</summary>
internal enum CallOutcome
{
    Ok,

    /// <summary>The venue answered 4xx with <c>{"code","msg"}</c>: the request was refused and nothing happened.</summary>
    VenueError,

    /// <summary>HTTP 429 (or inside a back-off): refused, nothing happened.</summary>
    RateLimited,

    /// <summary>HTTP 418 (or inside a ban): refused, nothing happened, and nothing will work until the ban ends.</summary>
    Banned,

    /// <summary>5xx, timeout or a dropped connection: the venue may or may not have acted.</summary>
    Unknown,
}

/// <summary>One REST call's result: the JSON body when OK, the venue's code and message otherwise.</summary>
internal sealed record BinanceResponse(CallOutcome Outcome, JsonNode? Body, int Code, string Message)
{
    public bool IsOk => Outcome == CallOutcome.Ok;
}
