using Microsoft.Extensions.Logging;
using Sextant.Config.Schema;

namespace Sextant.Engine.Running;

/// <summary>What a paper or live run is built from: the effective config, where it lives, the process environment (for key variables), where progress lines go, and the clock.</summary>
public sealed record EngineOptions
{
    /// <summary>The effective configuration.</summary>
    public required SextantConfig Config { get; init; }

    /// <summary>The project folder; relative paths in the config (journal, store) resolve against it.</summary>
    public required string Root { get; init; }

    /// <summary>Environment variables; API keys are read from the ones the config names, never printed.</summary>
    public required IReadOnlyDictionary<string, string> Environment { get; init; }

    /// <summary>Human-readable progress lines (fills, refusals, kill switch, reconciliation); standard error in the CLI.</summary>
    public required TextWriter Log { get; init; }

    /// <summary>
    /// True only when the user confirmed real money: <c>--mode live</c>, <c>--live</c> and <c>engine.mode: live</c>. Brokers with
    /// <c>mode: live</c> then send real orders through their adapters; without it every broker runs paper.
    /// </summary>
    public bool LiveConfirmed { get; init; }

    /// <summary>The wall clock of adapters, timeouts and journal entries of venue brokers. Default the system clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where library log lines go. Default nowhere.</summary>
    public ILoggerFactory? Loggers { get; init; }

    /// <summary>How often open orders of venue brokers are checked (acknowledgement timeouts, stale orders) and broker health is reported. Default 1 s.</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The run's mode: live only when confirmed.</summary>
    public EngineMode Mode => LiveConfirmed ? EngineMode.Live : EngineMode.Paper;
}
