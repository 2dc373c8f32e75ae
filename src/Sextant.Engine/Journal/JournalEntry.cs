using System.Text.Json.Nodes;
using Sextant.Core.Time;

namespace Sextant.Engine.Journal;

/// <summary>What a journal line records.</summary>
public enum JournalEntryType
{
    /// <summary>A strategy emitted a signal.</summary>
    Signal,

    /// <summary>An order is about to be sent (written before the send).</summary>
    OrderRequest,

    /// <summary>The venue accepted an order.</summary>
    Ack,

    /// <summary>The venue rejected an order, or a pre-trade check denied it.</summary>
    Reject,

    /// <summary>An order filled (partly or fully).</summary>
    Fill,

    /// <summary>A cancel is about to be sent.</summary>
    CancelRequest,

    /// <summary>The venue cancelled an order.</summary>
    Canceled,

    /// <summary>A note from the engine: start, stop, kill switch, reconciliation result.</summary>
    Note,
}

/// <summary>One line of the journal: a sequence number, the engine time (UTC), what happened, where and to which order, and the details as JSON.</summary>
public sealed record JournalEntry(long Sequence, UnixNanos Time, JournalEntryType Type, string? Broker, string? OrderId, JsonObject Data);
