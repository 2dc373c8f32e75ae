using System.Runtime;
using Sextant.Backtest.Engine;

namespace Sextant.Backtest.Tests.Engine;

[CollectionDefinition(nameof(BatchGcTests), DisableParallelization = true)]
public sealed class BatchGcRunsAlone;

/// <summary>The GC mode is process-wide, so these run alone (no sweep of another test may hold a scope meanwhile).</summary>
[Collection(nameof(BatchGcTests))]
public sealed class BatchGcTests
{
    [Fact]
    public void Enter_NestedScopes_HoldBatchUntilTheLastIsDisposedThenRestoreTheMode()
    {
        var before = GCSettings.LatencyMode;
        Assert.NotEqual(GCLatencyMode.Batch, before); // the test host runs concurrent GC

        var outer = BatchGc.Enter();
        var inner = BatchGc.Enter();
        Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
        inner.Dispose();
        inner.Dispose(); // a second dispose does not count twice
        Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
        outer.Dispose();

        Assert.Equal(before, GCSettings.LatencyMode);
    }
}
