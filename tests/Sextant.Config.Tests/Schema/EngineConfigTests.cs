using Sextant.Config.Schema;
using Sextant.Config.Tests.Support;
using Sextant.Config.Validation;

namespace Sextant.Config.Tests.Schema;

/// <summary>The <c>engine:</c> keys the paper/live engine reads on start: <c>reconcile</c> and <c>warmup_bars</c>.</summary>
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
}
