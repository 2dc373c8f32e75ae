using Sextant.Alerts.Channels;
using Sextant.Alerts.Tests.Support;
using Sextant.Config.Schema;
using Sextant.Core.Instruments;
using Sextant.Tests.Shared;

namespace Sextant.Alerts.Tests;

public sealed class AlertChannelsTests
{
    private static readonly HttpClient Http = new();

    private static async Task<AlertManager> KillSwitchAsync(string channel, AlertChannelConfig config, IReadOnlyDictionary<string, string>? environment = null)
    {
        var alerts = new AlertsConfig
        {
            Channels = new Dictionary<string, AlertChannelConfig> { [channel] = config },
            Rules = [new AlertRuleConfig { Event = AlertEvent.KillSwitch, Channels = [channel] }],
        };
        var sut = AlertManager.Create(alerts, environment ?? new Dictionary<string, string>(), Http, TimeProvider.System);
        sut.OnKillSwitch(new BrokerId("binanceus"), "max_drawdown 0.2 reached");
        await sut.DisposeAsync();
        return sut;
    }

    [Fact]
    public async Task Slack_IncomingWebhook_TextWithBoldTitle()
    {
        await using var receiver = await LocalReceiver.StartAsync();

        await KillSwitchAsync("slack", new AlertChannelConfig { Type = AlertChannelType.Slack, UrlEnv = "SLACK_URL" },
            new Dictionary<string, string> { ["SLACK_URL"] = receiver.Url + "services/T000/B000/XXXX" });

        var (path, body) = Assert.Single(receiver.Received);
        Assert.Equal("/services/T000/B000/XXXX", path);
        Assert.StartsWith("*Kill switch tripped at binanceus*\n", body.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discord_Webhook_Content()
    {
        await using var receiver = await LocalReceiver.StartAsync();

        await KillSwitchAsync("discord", new AlertChannelConfig { Type = AlertChannelType.Discord, Url = receiver.Url + "api/webhooks/1/abc" });

        var (path, body) = Assert.Single(receiver.Received);
        Assert.Equal("/api/webhooks/1/abc", path);
        Assert.StartsWith("**Kill switch tripped at binanceus**", body.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Telegram_BotApiAtConfiguredBase_SendMessageWithChatId()
    {
        await using var receiver = await LocalReceiver.StartAsync();

        await KillSwitchAsync("telegram", new AlertChannelConfig { Type = AlertChannelType.Telegram, Url = receiver.Url.ToString(), TokenEnv = "TG_TOKEN", ChatId = "-100123" },
            new Dictionary<string, string> { ["TG_TOKEN"] = "123456:secret-bot-token" });

        var (path, body) = Assert.Single(receiver.Received);
        Assert.Equal("/bot123456:secret-bot-token/sendMessage", path);
        Assert.Equal("-100123", body.GetProperty("chat_id").GetString());
        Assert.StartsWith("Kill switch tripped at binanceus", body.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Email_LocalSmtpServer_ReceivesTheAlert()
    {
        using var smtp = new LocalSmtpServer();

        var sut = await KillSwitchAsync("mail", new AlertChannelConfig
        {
            Type = AlertChannelType.Email, SmtpHost = "127.0.0.1", SmtpPort = smtp.Port, SmtpTls = false, From = "sextant@example.org", To = ["desk@example.org"],
        });

        Assert.Equal(1, sut.Counts.Sent);
        var (from, to, data) = Assert.Single(smtp.Messages);
        Assert.Equal("<sextant@example.org>", from);
        Assert.Equal(["<desk@example.org>"], to);
        Assert.Contains("Subject: [sextant] Kill switch tripped at binanceus", data, StringComparison.Ordinal);
        Assert.Contains("max_drawdown 0.2 reached", data, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SecretVariableMissing_NamesTheVariableNotAValue()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => AlertChannels.Create("ops", new AlertChannelConfig { Type = AlertChannelType.Slack, UrlEnv = "SLACK_URL" },
            new Dictionary<string, string>(), Http));

        Assert.Equal("alerts.channels.ops.url_env: environment variable SLACK_URL is not set", ex.Message);
    }
}
