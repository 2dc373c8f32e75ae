using Sextant.Config.Loading;
using Sextant.Config.Validation;

namespace Sextant.Config.Tests.Loading;

public sealed class SecretsTests
{
    [Fact]
    public void Resolve_SetVariable_ReturnsValue()
    {
        var env = new Dictionary<string, string> { ["ALPACA_KEY_ID"] = "PK123" };

        Assert.Equal("PK123", Secrets.Resolve(env, "ALPACA_KEY_ID", "brokers.alpaca.api_key_env"));
    }

    [Fact]
    public void Resolve_MissingVariable_NamesVariableAndSetting()
    {
        var sut = Assert.Throws<ConfigException>(() => Secrets.Resolve(new Dictionary<string, string>(), "ALPACA_KEY_ID", "brokers.alpaca.api_key_env"));

        Assert.Equal("brokers.alpaca.api_key_env: environment variable ALPACA_KEY_ID is not set; export it before starting (its value is never printed)", Assert.Single(sut.Problems).ToString());
    }

    [Fact]
    public void Resolve_EmptyVariable_CountsAsMissing()
    {
        var env = new Dictionary<string, string> { ["K"] = string.Empty };

        Assert.Throws<ConfigException>(() => Secrets.Resolve(env, "K", "p"));
    }
}
