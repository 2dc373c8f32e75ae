namespace Sextant.Execution.Http;

/// <summary>
/// The HTTP handler every venue adapter's REST client uses. It does not follow redirects: a venue's API never redirects,
/// and following one would send the key headers (<c>X-MBX-APIKEY</c>, <c>APCA-API-KEY-ID</c> and <c>APCA-API-SECRET-KEY</c>;
/// the client strips only <c>Authorization</c>) and a signed order to wherever the answer pointed; the 3xx comes back as
/// the call's answer instead. It keeps no cookies, which no venue API uses. Skipping both stages also shortens every
/// order's way to the socket.
/// </summary>
public static class VenueHttp
{
    /// <summary>A new handler for one REST client (which owns and disposes it).</summary>
    public static SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
    };

    /// <summary>
    /// What to say about a redirect answer (3xx), or null for any other: where it pointed (without its query, which could
    /// echo a signed request back) and that it was not followed.
    /// </summary>
    public static string? RedirectMessage(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        if (status is < 300 or >= 400)
        {
            return null;
        }

        var location = response.Headers.Location is { } to ? to.OriginalString.Split('?', 2)[0] : "nowhere given";
        return $"HTTP {status} redirect to {location}, not followed: a venue's API does not redirect, so check the broker's base_url";
    }
}
