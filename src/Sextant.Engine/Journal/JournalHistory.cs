using System.Text.Json;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Engine.Reconciliation;

namespace Sextant.Engine.Journal;

/// <summary>
/// What a journal says about earlier runs, as the engine needs it on start: each broker's first start (its cash and the
/// venue's holdings then), its order lines in order, the highest signal sequence per strategy (new client order ids
/// continue after it), a kill switch still tripped, and the first live bar each strategy saw (warm-up replays from there).
/// </summary>
public sealed class JournalHistory
{
    private static readonly JournalEntryType[] OrderTypes =
        [JournalEntryType.OrderRequest, JournalEntryType.Ack, JournalEntryType.Reject, JournalEntryType.Fill, JournalEntryType.CancelRequest, JournalEntryType.Canceled];

    private readonly IReadOnlyList<JournalEntry> _entries;
    private readonly Dictionary<string, long> _sequences = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Strategy, long Sequence), JournalEntry> _signals = [];
    private readonly Dictionary<string, UnixNanos> _firstBars = new(StringComparer.Ordinal);
    private readonly HashSet<string> _traded = new(StringComparer.Ordinal);

    private JournalHistory(IReadOnlyList<JournalEntry> entries)
    {
        _entries = entries;
        foreach (var entry in entries)
        {
            var strategy = (string?)entry.Data["strategy"];
            switch (entry.Type)
            {
                case JournalEntryType.Signal when strategy is not null && entry.Data["sequence"] is { } s:
                    var sequence = (long)s;
                    _signals[(strategy, sequence)] = entry;
                    Raise(strategy, sequence);
                    break;
                case JournalEntryType.OrderRequest when strategy is not null:
                    _traded.Add(strategy);
                    if (entry.Data["sequence"] is { } o)
                    {
                        Raise(strategy, (long)o);
                    }

                    break;
                case JournalEntryType.Note when (string?)entry.Data["event"] == "strategy_first_bar" && strategy is not null:
                    _firstBars.TryAdd(strategy, new UnixNanos((long)entry.Data["bar_ns"]!));
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>True when there is nothing to restore.</summary>
    public bool IsEmpty => _entries.Count == 0;

    /// <summary>Every entry.</summary>
    public IReadOnlyList<JournalEntry> Entries => _entries;

    /// <summary>Reads the history of <paramref name="entries"/> (a journal's content, oldest first).</summary>
    public static JournalHistory From(IReadOnlyList<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new JournalHistory(entries);
    }

    /// <summary>The order lines of <paramref name="broker"/> (requests, acknowledgements, rejects, fills, cancels), oldest first.</summary>
    public IEnumerable<JournalEntry> OrderLines(string broker) =>
        _entries.Where(e => e.Broker == broker && Array.IndexOf(OrderTypes, e.Type) >= 0);

    /// <summary>The portfolio cash and the venue's holdings journaled when <paramref name="broker"/> first started, or null.</summary>
    public (decimal StartingCash, AccountBaseline? Baseline)? StartOf(string broker)
    {
        var start = _entries.FirstOrDefault(e => e.Type == JournalEntryType.Note && (string?)e.Data["event"] == "broker_start" && (string?)e.Data["broker"] == broker);
        return start is null ? null
            : ((decimal)start.Data["starting_cash"]!, start.Data["baseline"] is System.Text.Json.Nodes.JsonObject b ? AccountBaseline.FromJson(b) : null);
    }

    /// <summary>Why <paramref name="broker"/>'s kill switch is still tripped (it was tripped and nobody re-armed it), or null.</summary>
    public string? KillReason(string broker)
    {
        string? reason = null;
        foreach (var e in _entries.Where(e => e.Type == JournalEntryType.Note && (string?)e.Data["broker"] == broker))
        {
            reason = (string?)e.Data["event"] switch
            {
                "kill_switch" => (string?)e.Data["reason"] ?? "kill switch",
                "kill_switch_reset" => null,
                _ => reason,
            };
        }

        return reason;
    }

    /// <summary>The highest signal sequence <paramref name="strategy"/> used (0 when none).</summary>
    public long LastSequence(string strategy) => _sequences.GetValueOrDefault(strategy);

    /// <summary>The journaled signal of <paramref name="strategy"/> with <paramref name="sequence"/>, or null.</summary>
    public Signal? SignalOf(string strategy, long sequence)
    {
        if (!_signals.TryGetValue((strategy, sequence), out var entry))
        {
            return null;
        }

        try
        {
            return SignalJson.Deserialize(entry.Data.ToJsonString());
        }
        catch (FormatException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The first live bar <paramref name="strategy"/> saw in any run, or null.</summary>
    public UnixNanos? FirstBar(string strategy) => _firstBars.TryGetValue(strategy, out var t) ? t : null;

    /// <summary>True when <paramref name="strategy"/> sent at least one order in an earlier run.</summary>
    public bool Traded(string strategy) => _traded.Contains(strategy);

    private void Raise(string strategy, long sequence)
    {
        if (sequence > _sequences.GetValueOrDefault(strategy))
        {
            _sequences[strategy] = sequence;
        }
    }
}
