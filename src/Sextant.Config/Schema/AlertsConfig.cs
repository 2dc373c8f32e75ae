using Sextant.Config.Validation;

namespace Sextant.Config.Schema;

/// <summary>The <c>alerts:</c> section: rules that fire on engine events, sent to named channels, throttled and de-duplicated.</summary>
public sealed record AlertsConfig : IValidatable
{
    /// <summary>Send alerts at all. Default true (nothing is sent until channels and rules exist).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The same alert (rule and subject) is sent at most once per this window. Default 5m.</summary>
    public TimeSpan Throttle { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Channels by name. Default none.</summary>
    public IReadOnlyDictionary<string, AlertChannelConfig> Channels { get; init; } = new Dictionary<string, AlertChannelConfig>();

    /// <summary>Rules. Default none.</summary>
    public IReadOnlyList<AlertRuleConfig> Rules { get; init; } = [];

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path)
    {
        var problems = Check.All(Check.Positive(Check.Path(path, "throttle"), Throttle)).ToList();
        foreach (var (name, channel) in Channels)
        {
            problems.AddRange(channel.Validate(Check.Path(Check.Path(path, "channels"), name)));
        }

        for (var i = 0; i < Rules.Count; i++)
        {
            var rulePath = Check.Index(Check.Path(path, "rules"), i);
            problems.AddRange(Rules[i].Validate(rulePath));
            for (var j = 0; j < Rules[i].Channels.Count; j++)
            {
                if (!Channels.ContainsKey(Rules[i].Channels[j]))
                {
                    problems.Add(new(Check.Index(Check.Path(rulePath, "channels"), j),
                        $"unknown channel '{Rules[i].Channels[j]}'; defined: {(Channels.Count == 0 ? "none" : string.Join(", ", Channels.Keys))}"));
                }
            }
        }

        return problems;
    }
}
