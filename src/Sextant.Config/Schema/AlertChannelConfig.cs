using Sextant.Config.Validation;

namespace Sextant.Config.Schema;

/// <summary>Where alerts go.</summary>
public enum AlertChannelType
{
    /// <summary>A generic JSON POST.</summary>
    Webhook,

    /// <summary>A Slack incoming webhook.</summary>
    Slack,

    /// <summary>A Discord webhook.</summary>
    Discord,

    /// <summary>A Telegram bot message.</summary>
    Telegram,

    /// <summary>E-mail over SMTP.</summary>
    Email,
}

/// <summary>One entry of <c>alerts.channels:</c>. Webhook URLs and tokens are secrets: name the environment variable (<c>url_env</c>, <c>token_env</c>); a plain <c>url</c> is for local receivers.</summary>
public sealed record AlertChannelConfig : IValidatable
{
    /// <summary>webhook, slack, discord, telegram or email. Required.</summary>
    public AlertChannelType? Type { get; init; }

    /// <summary>Target URL written in the config (e.g. a local receiver); for telegram, the Bot API base (default the public one).</summary>
    public string? Url { get; init; }

    /// <summary>Environment variable holding the target URL.</summary>
    public string? UrlEnv { get; init; }

    /// <summary>Environment variable holding a bot token or SMTP password.</summary>
    public string? TokenEnv { get; init; }

    /// <summary>Telegram chat id.</summary>
    public string? ChatId { get; init; }

    /// <summary>SMTP server host.</summary>
    public string? SmtpHost { get; init; }

    /// <summary>SMTP server port. Default 587.</summary>
    public int SmtpPort { get; init; } = 587;

    /// <summary>Use STARTTLS with the SMTP server. Default true; false only for a local relay on loopback.</summary>
    public bool SmtpTls { get; init; } = true;

    /// <summary>SMTP user name.</summary>
    public string? SmtpUser { get; init; }

    /// <summary>E-mail sender address.</summary>
    public string? From { get; init; }

    /// <summary>E-mail recipients.</summary>
    public IReadOnlyList<string> To { get; init; } = [];

    /// <summary>Timeout of one delivery. Default 10s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path)
    {
        var problems = new List<ConfigProblem?>
        {
            Urls.Check(Check.Path(path, "url"), Url, "http", "https"),
            Check.Positive(Check.Path(path, "timeout"), Timeout),
        };
        switch (Type)
        {
            case null:
                problems.Add(new(Check.Path(path, "type"), "is required; allowed: webhook, slack, discord, telegram, email"));
                break;
            case AlertChannelType.Email:
                problems.Add(Check.Required(Check.Path(path, "smtp_host"), SmtpHost));
                problems.Add(Check.Required(Check.Path(path, "from"), From));
                problems.Add(To.Count == 0 ? new(Check.Path(path, "to"), "needs at least one recipient") : null);
                problems.Add(Check.Between(Check.Path(path, "smtp_port"), SmtpPort, 1, 65535));
                break;
            case AlertChannelType.Telegram:
                problems.Add(Check.Required(Check.Path(path, "token_env"), TokenEnv));
                problems.Add(Check.Required(Check.Path(path, "chat_id"), ChatId));
                break;
            default:
                problems.Add(Url is null && UrlEnv is null ? new(Check.Path(path, "url_env"), "set url_env (or url for a local receiver)") : null);
                break;
        }

        return problems.OfType<ConfigProblem>();
    }
}
