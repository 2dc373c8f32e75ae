namespace Sextant.Emulator.Faults;

/// <summary>A one-shot (or <see cref="Count"/>-shot) fault for REST requests whose path starts with <see cref="Path"/>.</summary>
public sealed record FaultRule
{
    /// <summary>What happens.</summary>
    public required FaultKind Kind { get; init; }

    /// <summary>Path prefix to match, e.g. <c>/api/v3/order</c>; null matches every REST path.</summary>
    public string? Path { get; init; }

    /// <summary>HTTP method to match (GET, POST, DELETE, ...); null matches any.</summary>
    public string? Method { get; init; }

    /// <summary>The status of a <see cref="FaultKind.Status"/> fault. Default 503.</summary>
    public int Status { get; init; } = 503;

    /// <summary>Seconds for the <c>Retry-After</c> header of a 429 or 418. Default 1.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>The wait of a <see cref="FaultKind.Delay"/> fault.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>How many matching requests it applies to. Default 1.</summary>
    public int Count { get; init; } = 1;
}
