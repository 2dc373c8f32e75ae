using Sextant.Core.Time;

namespace Sextant.Engine.Observability;

/// <summary>What an <see cref="IEngineObserver"/> may look at: the engine's brokers and sources, its clock, and its gate.</summary>
public sealed class EngineView
{
    private readonly Func<UnixNanos> _now;

    /// <summary>Describes an engine.</summary>
    /// <param name="mode"><c>paper</c> or <c>live</c>.</param>
    /// <param name="brokers">Each broker in use.</param>
    /// <param name="sources">Each live bar source the strategies read.</param>
    /// <param name="now">The engine clock (market time: the newest bar's).</param>
    /// <param name="gate">The loop's turn; hold it to touch an order manager or portfolio from another thread.</param>
    public EngineView(string mode, IReadOnlyList<EngineBrokerView> brokers, IReadOnlyList<EngineSourceView> sources, Func<UnixNanos> now, EngineGate gate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mode);
        ArgumentNullException.ThrowIfNull(brokers);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(gate);
        Mode = mode;
        Brokers = brokers;
        Sources = sources;
        _now = now;
        Gate = gate;
    }

    /// <summary><c>paper</c> or <c>live</c>.</summary>
    public string Mode { get; }

    /// <summary>Each broker in use, in config order.</summary>
    public IReadOnlyList<EngineBrokerView> Brokers { get; }

    /// <summary>Each live bar source.</summary>
    public IReadOnlyList<EngineSourceView> Sources { get; }

    /// <summary>The loop's turn.</summary>
    public EngineGate Gate { get; }

    /// <summary>Engine time now (UTC, market time); read it with the gate held or from the loop.</summary>
    public UnixNanos Now => _now();
}
