using Sextant.Config.Display;
using Sextant.Config.Tests.Support;

namespace Sextant.Config.Tests.Display;

public sealed class ConfigPrinterTests : IDisposable
{
    private readonly TempConfigDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void ToYaml_EachValue_CarriesItsOrigin()
    {
        _dir.Write("c.yaml", "backtesting:\n  capital: 1000\nstrategies:\n  - {name: p, type: cointegration, asset_class: crypto, pairs: [[BTCUSDT, ETHUSDT]]}\n");
        var env = new Dictionary<string, string> { ["SEXTANT__RISK__MAX_DRAWDOWN"] = "0.3" };

        var sut = ConfigPrinter.ToYaml(_dir.Load("c.yaml", env, "strategies[0].entry_z=2.5"), env);

        var lines = sut.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("  capital: 1000 ", StringComparison.Ordinal) && l.EndsWith("# c.yaml:2:12", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("    entry_z: 2.5 ", StringComparison.Ordinal) && l.EndsWith("# --set strategies[0].entry_z=2.5", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  max_drawdown: 0.3 ", StringComparison.Ordinal) && l.EndsWith("# env SEXTANT__RISK__MAX_DRAWDOWN", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  poll_interval: 1m ", StringComparison.Ordinal) && l.EndsWith("# default", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  - name: p ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("    pairs: [[BTCUSDT, ETHUSDT]] ", StringComparison.Ordinal));
    }

    [Fact]
    public void ToYaml_LoadsBackToTheSameConfig()
    {
        var first = ConfigPrinter.ToYaml(_dir.Load(null, null, "strategies[0]={name: p, type: cointegration, asset_class: crypto, pairs: [[A, B]], stop_z: 4}", "backtesting.start=2021-01-01", "data.sources.x={type: alpaca}"));
        _dir.Write("printed.yaml", first);

        var second = ConfigPrinter.ToYaml(_dir.Load("printed.yaml"));

        static IEnumerable<string> Values(string yaml) => yaml.Split('\n').Skip(1).Select(l => l.Split(" #")[0].TrimEnd());
        Assert.Equal(Values(first), Values(second));
    }

    [Fact]
    public void ToYaml_SecretVariables_SayWhetherSetButNeverTheValue()
    {
        _dir.Write("s.yaml", "brokers:\n  alpaca: { asset_classes: [equity], api_key_env: K, api_secret_env: S }\n");
        var env = new Dictionary<string, string> { ["K"] = "AKxxxxVALUE" };

        var sut = ConfigPrinter.ToYaml(_dir.Load("s.yaml"), env);

        Assert.Contains("api_key_env: K", sut, StringComparison.Ordinal);
        Assert.Contains("variable is set", sut, StringComparison.Ordinal);
        Assert.Contains("variable is not set", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("AKxxxxVALUE", sut, StringComparison.Ordinal);
    }
}
