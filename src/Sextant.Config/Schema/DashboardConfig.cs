using System.Net;
using Sextant.Config.Validation;

namespace Sextant.Config.Schema;

/// <summary>The <c>dashboard:</c> section. The dashboard binds to loopback and requires a token unless told otherwise.</summary>
public sealed record DashboardConfig : IValidatable
{
    /// <summary>Serve the dashboard inside <c>sextant run</c>. Default false.</summary>
    public bool Enabled { get; init; }

    /// <summary>Address to bind. Default 127.0.0.1.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>TCP port; 0 picks a free one (printed at start). Default 8780 (sextant emulator has 8765).</summary>
    public int Port { get; init; } = 8780;

    /// <summary>Environment variable holding the access token; when unset, a random token is printed at start. Default SEXTANT_DASHBOARD_TOKEN.</summary>
    public string TokenEnv { get; init; } = "SEXTANT_DASHBOARD_TOKEN";

    /// <summary>Allow a non-loopback <see cref="Host"/>. Default false.</summary>
    public bool AllowRemote { get; init; }

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path) => Check.All(
        Check.Between(Check.Path(path, "port"), Port, 0, 65535),
        Check.Required(Check.Path(path, "token_env"), TokenEnv),
        IsLoopback(Host) || AllowRemote
            ? null
            : new ConfigProblem(Check.Path(path, "host"), $"'{Host}' is not a loopback address; the dashboard controls orders, so set allow_remote: true to expose it deliberately"));

    private static bool IsLoopback(string host) =>
        host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
