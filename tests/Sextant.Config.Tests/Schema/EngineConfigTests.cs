using Sextant.Config.Schema;
using Sextant.Config.Tests.Support;
using Sextant.Config.Validation;

namespace Sextant.Config.Tests.Schema;

/// <summary>The <c>engine:</c> keys the paper/live engine reads on start: <c>reconcile</c>, <c>warmup_bars</c> and the journal sync.</summary>
public sealed class EngineConfigTests : IDisposable
{
    private readonly TempConfigDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_NoEngineKeys_ReconcileDefaultsToStopAndWarmupToAutomatic()
    {
        var sut = _dir.Load(null).Config.Engine;

        Assert.Equal(ReconcileMode.Stop, sut.Reconcile);
        Assert.Null(sut.WarmupBars);
        Assert.Equal(ShutdownOrders.Cancel, sut.OnShutdown);
    }

    [Theory]
    [InlineData("stop", ReconcileMode.Stop)]
    [InlineData("adopt", ReconcileMode.Adopt)]
    public void Load_Reconcile_BindsEachMode(string text, ReconcileMode expected)
    {
        _dir.Write("e.yaml", $"engine:\n  reconcile: {text}\n");

        Assert.Equal(expected, _dir.Load("e.yaml").Config.Engine.Reconcile);
    }

    [Fact]
    public void Load_ReconcileUnknownValue_ReportsAllowedValuesWithPosition()
    {
        _dir.Write("e.yaml", "engine:\n  reconcile: ignore\n");

        var problem = Assert.Single(Assert.Throws<ConfigException>(() => _dir.Load("e.yaml")).Problems);

        Assert.StartsWith("e.yaml:2:14: engine.reconcile:", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("stop", problem.Message, StringComparison.Ordinal);
        Assert.Contains("adopt", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReconcileFromSetOverride_Wins()
    {
        var sut = _dir.Load(null, null, "engine.reconcile=adopt");

        Assert.Equal(ReconcileMode.Adopt, sut.Config.Engine.Reconcile);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100_001)]
    public void Validate_WarmupBarsOutOfRange_Reported(int bars)
    {
        var problem = Assert.Single(new EngineConfig { WarmupBars = bars }.Validate("engine"));

        Assert.Equal("engine.warmup_bars", problem.Path);
        Assert.Contains("between 0 and 100000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WarmupBarsZero_SwitchesTheWarmupOff()
    {
        Assert.Equal(0, _dir.Load(null, null, "engine.warmup_bars=0").Config.Engine.WarmupBars);
    }

    [Fact]
    public void Validate_DefaultSection_HasNoProblem()
    {
        Assert.Empty(new EngineConfig().Validate("engine"));
    }
    [Fact]
    public void Load_NoJournalKeys_SyncsInTheBackgroundWithin5Ms()
    {
        var sut = _dir.Load(null).Config.Engine;

        Assert.Equal(JournalSync.Background, sut.JournalSync);
        Assert.Equal(TimeSpan.FromMilliseconds(5), sut.JournalSyncDelay);
    }

    [Theory]
    [InlineData("background", JournalSync.Background)]
    [InlineData("before_action", JournalSync.BeforeAction)]
    public void Load_JournalSync_BindsEachMode(string text, JournalSync expected)
    {
        _dir.Write("e.yaml", $"engine:\n  journal_sync: {text}\n  journal_sync_delay: 20ms\n");

        var sut = _dir.Load("e.yaml").Config.Engine;

        Assert.Equal(expected, sut.JournalSync);
        Assert.Equal(TimeSpan.FromMilliseconds(20), sut.JournalSyncDelay);
    }

    [Fact]
    public void Load_JournalSyncUnknownValue_ReportsAllowedValuesWithPosition()
    {
        _dir.Write("e.yaml", "engine:\n  journal_sync: always\n");

        var problem = Assert.Single(Assert.Throws<ConfigException>(() => _dir.Load("e.yaml")).Problems);

        Assert.StartsWith("e.yaml:2:17: engine.journal_sync:", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("background, before_action", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0s")]
    [InlineData("2s")]
    public void Load_JournalSyncDelayOutOfRange_ReportedWithPosition(string delay)
    {
        _dir.Write("e.yaml", $"engine:\n  journal_sync_delay: {delay}\n");

        var problem = Assert.Single(Assert.Throws<ConfigException>(() => _dir.Load("e.yaml")).Problems);

        Assert.StartsWith("e.yaml:2:23: engine.journal_sync_delay:", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("must be between 1ms and 1s", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith($"was {delay}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OldJournalFsyncKey_SaysWhatReplacedItWithPosition()
    {
        _dir.Write("e.yaml", "engine:\n  journal_fsync: true\n");

        var problem = Assert.Single(Assert.Throws<ConfigException>(() => _dir.Load("e.yaml")).Problems);

        Assert.StartsWith("e.yaml:2:3: engine.journal_fsync:", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("journal_sync: before_action", problem.Message, StringComparison.Ordinal);
    }
}
