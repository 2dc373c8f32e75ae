namespace Sextant.Emulator.Faults;

/// <summary>What a <see cref="FaultRule"/> does to the requests it matches.</summary>
public enum FaultKind
{
    /// <summary>Answer with <see cref="FaultRule.Status"/> (429 and 418 carry <c>Retry-After</c>) without processing the request.</summary>
    Status,

    /// <summary>Process the request, then drop the connection before the response is sent: the caller cannot know the outcome.</summary>
    DropResponse,

    /// <summary>Wait <see cref="FaultRule.Delay"/> before processing (a timeout when longer than the client's).</summary>
    Delay,

    /// <summary>Answer 200 with a body cut off in the middle (broken JSON), without processing the request.</summary>
    MalformedBody,
}
