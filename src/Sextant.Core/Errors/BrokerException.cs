namespace Sextant.Core.Errors;

/// <summary>
/// A venue or I/O failure (HTTP 429/5xx, timeout, dropped socket, malformed response); retry policies key off <see cref="IsTransient"/> (after Npgsql).
/// Expected trading outcomes such as a rejected order are values, not this exception.
/// </summary>
/// <param name="message">What failed and where, e.g. <c>binanceus POST /api/v3/order: HTTP 503</c>.</param>
/// <param name="isTransient">True when the same call may succeed if retried (rate limit, 5xx, timeout).</param>
/// <param name="inner">The underlying exception, if any.</param>
public sealed class BrokerException(string message, bool isTransient, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>True when the same call may succeed if retried (rate limit, 5xx, timeout); false for auth or request errors.</summary>
    public bool IsTransient { get; } = isTransient;
}
