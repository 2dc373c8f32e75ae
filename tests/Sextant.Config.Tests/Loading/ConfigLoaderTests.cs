using Sextant.Config.Loading;
using Sextant.Config.Schema;
using Sextant.Config.Tests.Support;
using Sextant.Config.Tree;
using Sextant.Config.Validation;
using Sextant.Core.Instruments;

namespace Sextant.Config.Tests.Loading;

public sealed class ConfigLoaderTests : IDisposable
{
    private const string Pair = """
        strategies:
          - name: pair
            type: cointegration
            asset_class: crypto
            pairs: [[BTCUSDT, ETHUSDT]]
        """;

    private readonly TempConfigDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private ConfigException Fails(string file, IReadOnlyDictionary<string, string>? env = null, params string[] sets) =>
        Assert.Throws<ConfigException>(() => _dir.Load(file, env, sets));

    [Fact]
    public void Load_NoFile_GivesDocumentedDefaults()
    {
        var sut = _dir.Load(null);

        Assert.Equal(EngineMode.Backtest, sut.Config.Engine.Mode);
        Assert.Equal(100_000m, sut.Config.Backtesting.Capital);
        Assert.Equal(TimeSpan.FromSeconds(60), sut.Config.Monitor.PollInterval);
        Assert.Equal("127.0.0.1", sut.Config.Dashboard.Host);
        Assert.Empty(sut.Config.Strategies);
        Assert.Equal(ConfigOrigin.Default, sut.OriginOf("backtesting.capital"));
    }

    [Fact]
    public void Load_Strategy_BindsConcreteTypeAndValues()
    {
        _dir.Write("pair.yaml", Pair + "\n    entry_z: 2.5\n    hedge_ratio: 1.25\n");

        var sut = _dir.Load("pair.yaml");

        var strategy = Assert.IsType<CointegrationStrategyConfig>(Assert.Single(sut.Config.Strategies));
        Assert.Equal("pair", strategy.Name);
        Assert.Equal(AssetClass.Crypto, strategy.AssetClass);
        Assert.Equal(2.5, strategy.EntryZ);
        Assert.Equal(new HedgeRatioSetting(HedgeRatioKind.Fixed, 1.25), strategy.HedgeRatio);
        Assert.Equal([new Symbol("BTCUSDT"), new Symbol("ETHUSDT")], strategy.Pairs[0]);
        Assert.Equal("pair.yaml:6:14", sut.OriginOf("strategies[0].entry_z").ToString());
    }

    [Fact]
    public void Load_MisspelledKeyWrongTypeAndOutOfRange_ReportsAllThreeWithPositions()
    {
        _dir.Write("bad.yaml", """
            strategies:
              - name: pair
                type: cointegration
                asset_class: crypto
                pairs: [[BTCUSDT, ETHUSDT]]
                entry_zz: 2.0
                lookback: lots
            backtesting:
              capital: -5
            """);

        var sut = Fails("bad.yaml");

        Assert.Equal(3, sut.Problems.Count);
        Assert.Contains(sut.Problems, p => p.ToString() == "bad.yaml:6:5: strategies[0].entry_zz: unknown key 'entry_zz' (did you mean 'entry_z'?); allowed: name, type, asset_class, enabled, venue, interval, allocation, pairs, lookback, entry_z, exit_z, stop_z, hedge_ratio, kalman_delta, kalman_observation_variance, price_transform, max_holding_bars, retest_every, max_pvalue");
        Assert.Contains(sut.Problems, p => p.ToString() == "bad.yaml:7:15: strategies[0].lookback: expected a whole number, was 'lots'");
        Assert.Contains(sut.Problems, p => p.ToString() == "bad.yaml:9:12: backtesting.capital: must be greater than 0, was -5");
    }

    [Fact]
    public void Load_ExitZNotBelowEntryZ_Reported()
    {
        _dir.Write("p.yaml", Pair + "\n    entry_z: 1.0\n    exit_z: 1.5\n");

        var problem = Assert.Single(Fails("p.yaml").Problems);

        Assert.Equal("p.yaml:7:13: strategies[0].exit_z: must be below entry_z (1), was 1.5", problem.ToString());
    }

    [Fact]
    public void Load_AssetClassOnTwoBrokers_Reported()
    {
        _dir.Write("b.yaml", """
            brokers:
              binanceus: { asset_classes: [crypto] }
              alpaca: { asset_classes: [equity, crypto] }
            """);

        var problem = Assert.Single(Fails("b.yaml").Problems);

        Assert.Equal("brokers.alpaca.asset_classes[1]", problem.Path);
        Assert.Contains("already routed to broker 'binanceus'", problem.Message, StringComparison.Ordinal);
        Assert.Equal("b.yaml:3:37", problem.Origin!.ToString());
    }

    [Fact]
    public void Load_EndBeforeStart_Reported()
    {
        _dir.Write("d.yaml", "backtesting:\n  start: 2021-06-01\n  end: 2021-01-01\n");

        var problem = Assert.Single(Fails("d.yaml").Problems);

        Assert.Equal("d.yaml:3:8: backtesting.end: must be after start (2021-06-01), was 2021-01-01", problem.ToString());
    }

    [Fact]
    public void Load_UnknownStrategyType_ListsAllowedTypes()
    {
        _dir.Write("t.yaml", "strategies:\n  - name: x\n    type: magic\n");

        var problem = Assert.Single(Fails("t.yaml").Problems);

        Assert.Equal("t.yaml:3:11: strategies[0].type: unknown type 'magic'; allowed: cointegration, mean_reversion, trend", problem.ToString());
    }

    [Fact]
    public void Load_WrongShapes_AllReportedAtOnce()
    {
        _dir.Write("s.yaml", "engine: paper\nstrategies: {a: 1}\nrisk:\n  max_drawdown: [1]\nmonitor:\n  poll_interval: 60\n");

        var sut = Fails("s.yaml");

        Assert.Equal(
            [
                "s.yaml:1:9: engine: expected a mapping, found a value",
                "s.yaml:2:13: strategies: expected a list, found a mapping",
                "s.yaml:4:17: risk.max_drawdown: expected a number, found a list",
                "s.yaml:6:18: monitor.poll_interval: expected a duration such as 250ms, 30s, 5m, 1h30m or 1d, was '60'",
            ],
            sut.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_ExtendsChainAndBaseFile_MergeInOrder()
    {
        _dir.Write("config/base.yaml", "backtesting: { capital: 1000, slippage_bps: 1 }\n");
        _dir.Write("config/examples/parent.yaml", Pair + "\nbacktesting: { capital: 2000, commission_bps: 3 }\n");
        _dir.Write("config/examples/child.yaml", "extends: parent.yaml\nbacktesting: { capital: 3000 }\n");

        var sut = _dir.Load("config/examples/child.yaml");

        Assert.Equal(3000m, sut.Config.Backtesting.Capital);
        Assert.Equal(3m, sut.Config.Backtesting.CommissionBps);
        Assert.Equal(1m, sut.Config.Backtesting.SlippageBps);
        Assert.Equal(
            [Path.Combine("config", "base.yaml"), Path.Combine("config", "examples", "parent.yaml"), Path.Combine("config", "examples", "child.yaml")],
            sut.Files);
        Assert.StartsWith(Path.Combine("config", "base.yaml") + ":", sut.OriginOf("backtesting.slippage_bps").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ExtendsCycle_Reported()
    {
        _dir.Write("a.yaml", "extends: b.yaml\n");
        _dir.Write("b.yaml", "extends: a.yaml\n");

        var problem = Assert.Single(Fails("a.yaml").Problems);

        Assert.Contains("extended twice", problem.Message, StringComparison.Ordinal);
        Assert.Equal("b.yaml:1:10", problem.Origin!.ToString());
    }

    [Fact]
    public void Load_MissingExtendedFile_NamesItWhereReferenced()
    {
        _dir.Write("a.yaml", "extends: nope.yaml\n");

        var problem = Assert.Single(Fails("a.yaml").Problems);

        Assert.Equal("a.yaml:1:10: cannot read config file nope.yaml: not found", problem.ToString());
    }

    [Fact]
    public void Load_EnvironmentVariable_OverridesFileAndSaysSo()
    {
        _dir.Write("c.yaml", "backtesting: { capital: 1000 }\n");

        var sut = _dir.Load("c.yaml", new Dictionary<string, string> { ["SEXTANT__BACKTESTING__CAPITAL"] = "5000" });

        Assert.Equal(5000m, sut.Config.Backtesting.Capital);
        Assert.Equal("env SEXTANT__BACKTESTING__CAPITAL", sut.OriginOf("backtesting.capital").ToString());
    }

    [Fact]
    public void Load_SetWithListIndex_OverridesEnvironmentAndFile()
    {
        _dir.Write("p.yaml", Pair + "\n    entry_z: 2.0\n");
        var env = new Dictionary<string, string> { ["SEXTANT__STRATEGIES__0__ENTRY_Z"] = "3.0" };

        var sut = _dir.Load("p.yaml", env, "strategies[0].entry_z=2.5");

        Assert.Equal(2.5, ((CointegrationStrategyConfig)sut.Config.Strategies[0]).EntryZ);
        Assert.Equal(ConfigLayer.CommandLine, sut.OriginOf("strategies[0].entry_z").Layer);
        Assert.Equal("--set strategies[0].entry_z=2.5", sut.OriginOf("strategies[0].entry_z").ToString());
    }

    [Fact]
    public void Load_BadOverrides_NameTheirSource()
    {
        var env = new Dictionary<string, string> { ["SEXTANT__BACKTESTING__CAPITOL"] = "5" };

        var sut = Assert.Throws<ConfigException>(() => _dir.Load(null, env, "risk.max_drawdown=lots", "nonsense"));

        Assert.Equal(
            new[]
            {
                "env SEXTANT__BACKTESTING__CAPITOL: backtesting.capitol: unknown key 'capitol' (did you mean 'capital'?); allowed: start, end, capital, slippage_bps, commission_bps, fill_model, fee_model, fees, spread_bps, volume_cap, bars_per_year, pipeline, instruments",
                "--set nonsense: expected path=value, e.g. --set strategies[0].entry_z=2.5",
                "--set risk.max_drawdown=lots: risk.max_drawdown: expected a number, was 'lots'",
            }.OrderBy(p => p[0]).ThenBy(p => p.Length),
            sut.Problems.Select(p => p.ToString()).OrderBy(p => p[0]).ThenBy(p => p.Length));
    }

    [Fact]
    public void Load_PaperOnBrokerEndpointWithoutKeys_NamesTheVariablesNotValues()
    {
        _dir.Write("l.yaml", Pair + """

            engine: { mode: paper }
            brokers:
              binanceus: { asset_classes: [crypto], paper_venue: broker, base_url: "http://127.0.0.1:8765/", api_key_env: MY_KEY, api_secret_env: MY_SECRET }
            """);
        var env = new Dictionary<string, string> { ["MY_SECRET"] = "s3cr3t-value" };

        var sut = Fails("l.yaml", env);

        var problem = Assert.Single(sut.Problems);
        Assert.Equal("brokers.binanceus.api_key_env", problem.Path);
        Assert.Contains("environment variable MY_KEY is not set", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-value", sut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PaperModeStrategyWithoutBroker_Reported()
    {
        _dir.Write("n.yaml", Pair + "\nengine: { mode: paper }\n");

        var problem = Assert.Single(Fails("n.yaml").Problems);

        Assert.Equal("strategies[0].asset_class", problem.Path);
        Assert.Contains("no enabled broker trades crypto", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateStrategyNames_Reported()
    {
        _dir.Write("d.yaml", "strategies:\n  - {name: a, type: cointegration, asset_class: crypto, pairs: [[X, Y]]}\n  - {name: a, type: cointegration, asset_class: crypto, pairs: [[X, Z]]}\n");

        var problem = Assert.Single(Fails("d.yaml").Problems);

        Assert.Equal("strategies[1].name", problem.Path);
        Assert.Contains("already the name of strategies[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyFile_IsDefaults()
    {
        _dir.Write("e.yaml", "# nothing yet\n");

        Assert.Equal(EngineMode.Backtest, _dir.Load("e.yaml").Config.Engine.Mode);
    }

    [Fact]
    public void Load_MissingFile_ExitsWithClearMessage()
    {
        var problem = Assert.Single(Fails("missing.yaml").Problems);

        Assert.Equal("cannot read config file missing.yaml: not found", problem.Message);
    }

    [Theory]
    [InlineData("examples/crypto_pair.yaml")]
    [InlineData("examples/equity_pair.yaml")]
    [InlineData("examples/multi_asset.yaml")]
    [InlineData("base.yaml")]
    public void Load_ShippedConfigs_AreValid(string file)
    {
        var sut = ConfigLoader.Load(new ConfigLoadOptions { File = RepoPaths.Config(file), DisplayRoot = RepoPaths.Root });

        Assert.Equal(Path.Combine("config", "base.yaml"), sut.Files[0]);
        Assert.Equal("binanceus", sut.Config.BrokerFor(AssetClass.Crypto));
        Assert.Equal("alpaca", sut.Config.BrokerFor(AssetClass.Equity));
    }
}
