using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Sextant.Alerts.Channels;

/// <summary>
/// The HTTP channels: a JSON POST to a URL, the body shaped per service: the generic webhook gets every field, Slack
/// <c>{"text"}</c>, Discord <c>{"content"}</c> (2,000 characters at most), Telegram <c>sendMessage</c> of the Bot API.
/// A non-success status throws, so the dispatcher logs it.
/// </summary>
internal sealed class HttpJsonChannel(HttpClient http, Uri url, Func<Alert, JsonObject> body) : IAlertChannel
{
    public async Task SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(url, body(alert), cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            // The URL may carry a secret (Slack, Discord, Telegram put the token in it): never in the message.
            throw new HttpRequestException($"the receiver answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }
    }

    public static JsonObject Webhook(Alert alert)
    {
        var fields = new JsonObject();
        foreach (var (key, value) in alert.Fields)
        {
            fields[key] = value;
        }

        return new JsonObject
        {
            ["event"] = Names.Of(alert.Event),
            ["severity"] = alert.Severity.ToString().ToLowerInvariant(),
            ["subject"] = alert.Subject,
            ["title"] = alert.Title,
            ["text"] = alert.Text,
            ["time"] = alert.Time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["fields"] = fields,
        };
    }

    public static JsonObject Slack(Alert alert) => new() { ["text"] = $"*{alert.Title}*\n{alert.Text}" };

    public static JsonObject Discord(Alert alert)
    {
        var content = $"**{alert.Title}**\n{alert.Text}";
        return new JsonObject { ["content"] = content.Length <= 2000 ? content : content[..1997] + "..." };
    }

    public static Func<Alert, JsonObject> Telegram(string chatId) =>
        alert => new JsonObject { ["chat_id"] = chatId, ["text"] = $"{alert.Title}\n{alert.Text}", ["disable_web_page_preview"] = true };
}
