namespace Sextant.Core.Tests.Support;

/// <summary>A clock stopped at one instant (no package needed for this one test double).</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
