using Sextant.Core.Orders;
using Sextant.Data.Sources;

namespace Sextant.Engine.Running;

/// <summary>What the engine loop's inbox carries.</summary>
internal enum EngineEventKind
{
    /// <summary>A closed bar from a stream or the poller.</summary>
    Bar,

    /// <summary>An order event a venue adapter reported (from its stream thread or a REST answer).</summary>
    Order,

    /// <summary>The periodic tick: timeouts of venue brokers, health.</summary>
    Tick,

    /// <summary>A bar source ended (its reason is in <see cref="EngineEvent.Message"/>).</summary>
    SourceEnded,
}

/// <summary>One item of the engine's inbox; everything that changes orders or books is applied by the single loop that reads it.</summary>
internal readonly record struct EngineEvent(EngineEventKind Kind, LiveBar Bar, QueuedBroker? Source, OrderEvent? Order, string? Message)
{
    /// <summary>For a bar: when it reached the engine (a timestamp of the engine's <see cref="TimeProvider"/>), before any wait for room in the inbox.</summary>
    public long ArrivedAt { get; init; }

    public static EngineEvent OfBar(LiveBar bar, long arrivedAt) => new(EngineEventKind.Bar, bar, null, null, null) { ArrivedAt = arrivedAt };

    public static EngineEvent OfOrder(QueuedBroker source, OrderEvent order) => new(EngineEventKind.Order, default, source, order, null);
}
