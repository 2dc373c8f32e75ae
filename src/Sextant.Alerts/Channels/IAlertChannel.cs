namespace Sextant.Alerts.Channels;

/// <summary>Somewhere alerts go (a webhook, a chat, a mailbox). Called off the trading path, one alert at a time; may throw: the dispatcher logs and goes on.</summary>
public interface IAlertChannel
{
    /// <summary>Delivers one alert.</summary>
    Task SendAsync(Alert alert, CancellationToken cancellationToken);
}
