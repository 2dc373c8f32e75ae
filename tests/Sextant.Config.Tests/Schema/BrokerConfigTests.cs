using Sextant.Config.Schema;
using Sextant.Core.Instruments;

namespace Sextant.Config.Tests.Schema;

/// <summary><c>brokers.&lt;name&gt;.paper_venue: broker</c> needs a venue with a paper endpoint (Alpaca) or an explicit base_url.</summary>
public sealed class BrokerConfigTests
{
    private static BrokerConfig PaperOnBroker(string? baseUrl = null) => new()
    {
        AssetClasses = [AssetClass.Crypto],
        PaperVenue = PaperVenue.Broker,
        ApiKeyEnv = "KEY",
        ApiSecretEnv = "SECRET",
        BaseUrl = baseUrl,
    };

    [Fact]
    public void Validate_BinanceUsPaperOnBrokerWithoutBaseUrl_SaysItHasNoPaperEndpoint()
    {
        var problem = Assert.Single(PaperOnBroker().Validate("brokers.binanceus", "binanceus"));

        Assert.Equal("brokers.binanceus.paper_venue", problem.Path);
        Assert.Contains("Binance US has none", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BinanceUsPaperOnBrokerWithBaseUrl_IsAccepted()
    {
        Assert.Empty(PaperOnBroker("http://127.0.0.1:8765/").Validate("brokers.binanceus", "binanceus"));
    }

    [Fact]
    public void Validate_AlpacaPaperOnBroker_UsesItsPaperEndpoint()
    {
        Assert.Empty(PaperOnBroker().Validate("brokers.alpaca", "alpaca"));
    }

    [Fact]
    public void Validate_SimulatedPaperOnBroker_Reported()
    {
        var problem = Assert.Single(PaperOnBroker().Validate("brokers.sim", "simulated"));

        Assert.Contains("simulated broker has none", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PaperOnBrokerWithoutKeyVariables_NamesBothKeys()
    {
        var problems = (PaperOnBroker() with { ApiKeyEnv = null, ApiSecretEnv = null }).Validate("brokers.alpaca", "alpaca").ToList();

        Assert.Equal(["brokers.alpaca.api_key_env", "brokers.alpaca.api_secret_env"], problems.Select(p => p.Path));
    }
}
