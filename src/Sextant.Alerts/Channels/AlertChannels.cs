using System.Net;
using Sextant.Config.Schema;

namespace Sextant.Alerts.Channels;

/// <summary>Builds the channel for one <c>alerts.channels</c> entry, reading its secrets from the named environment variables.</summary>
public static class AlertChannels
{
    /// <summary>The public Telegram Bot API; <c>url</c> overrides it (tests point it at a local receiver).</summary>
    public static Uri TelegramApi { get; } = new("https://api.telegram.org/");

    /// <summary>Creates the channel; throws <see cref="InvalidOperationException"/> naming the variable when a secret is missing (never its value).</summary>
    public static IAlertChannel Create(string name, AlertChannelConfig config, IReadOnlyDictionary<string, string> environment, HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(http);
        string Secret(string? variable, string key) =>
            variable is not null && environment.TryGetValue(variable, out var value) && value.Length > 0
                ? value
                : throw new InvalidOperationException($"alerts.channels.{name}.{key}: environment variable {variable ?? "(unset)"} is not set");
        Uri Target() => new(config.Url ?? Secret(config.UrlEnv, "url_env"));

        return config.Type switch
        {
            AlertChannelType.Webhook => new HttpJsonChannel(http, Target(), HttpJsonChannel.Webhook),
            AlertChannelType.Slack => new HttpJsonChannel(http, Target(), HttpJsonChannel.Slack),
            AlertChannelType.Discord => new HttpJsonChannel(http, Target(), HttpJsonChannel.Discord),
            AlertChannelType.Telegram => new HttpJsonChannel(http,
                new Uri(config.Url is null ? TelegramApi : new Uri(config.Url.TrimEnd('/') + "/"), "./bot" + Secret(config.TokenEnv, "token_env") + "/sendMessage"),
                HttpJsonChannel.Telegram(config.ChatId!)),
            AlertChannelType.Email => new EmailChannel(config.SmtpHost!, config.SmtpPort, config.SmtpTls, config.From!, config.To,
                config.SmtpUser is null ? null : new NetworkCredential(config.SmtpUser, Secret(config.TokenEnv, "token_env"))),
            _ => throw new InvalidOperationException($"alerts.channels.{name}: unknown type {config.Type}"),
        };
    }
}
