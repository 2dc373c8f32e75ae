using Sextant.Config.Schema;

namespace Sextant.Alerts;

/// <summary>The YAML names of alert events (snake_case), for payloads and logs.</summary>
internal static class Names
{
    public static string Of(AlertEvent e) => e switch
    {
        AlertEvent.KillSwitch => "kill_switch",
        AlertEvent.StaleData => "stale_data",
        _ => e.ToString().ToLowerInvariant(),
    };
}
