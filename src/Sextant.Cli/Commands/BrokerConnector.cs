using Sextant.Brokers.Alpaca;
using Sextant.Brokers.Alpaca.Broker;
using Sextant.Brokers.BinanceUs;
using Sextant.Brokers.BinanceUs.Broker;
using Sextant.Config.Loading;
using Sextant.Config.Schema;
using Sextant.Config.Validation;
using Sextant.Execution.Brokers;

namespace Sextant.Cli.Commands;

/// <summary>Builds and starts a venue adapter from a <c>brokers:</c> entry, keys from the environment variables it names (values never printed).</summary>
internal static class BrokerConnector
{
    public static async Task<(IBroker Broker, IAsyncDisposable Lifetime)> ConnectAsync(CliContext context, SextantConfig config, string? name, CancellationToken cancellationToken)
    {
        name ??= config.Brokers.FirstOrDefault(b => b.Value.Enabled && b.Value.ResolveType(b.Key) is BrokerType.Binanceus or BrokerType.Alpaca).Key
            ?? throw new ConfigException([new ConfigProblem("brokers", "has no binanceus or alpaca entry; name one with --broker")]);
        if (!config.Brokers.TryGetValue(name, out var entry))
        {
            throw new ConfigException([new ConfigProblem("brokers", $"has no entry '{name}'; configured: {string.Join(", ", config.Brokers.Keys)}")]);
        }

        var key = Secrets.Resolve(context.Environment, entry.ApiKeyEnv, $"brokers.{name}.api_key_env");
        var secret = Secrets.Resolve(context.Environment, entry.ApiSecretEnv, $"brokers.{name}.api_secret_env");
        switch (entry.ResolveType(name))
        {
            case BrokerType.Binanceus:
                var binance = new BinanceUsBroker(WithoutStream(BinanceUsOptions.FromConfig(name, entry, key, secret)), TimeProvider.System);
                await StartOrDisposeAsync(binance.StartAsync, binance, cancellationToken);
                return (binance, binance);
            case BrokerType.Alpaca:
                var options = AlpacaOptions.FromConfig(name, entry, key, secret);
                var alpaca = new AlpacaBroker(new AlpacaOptions(key, secret)
                {
                    Id = options.Id, BaseUrl = options.BaseUrl, StreamUrl = options.StreamUrl, Timeout = options.Timeout, MarketClosed = options.MarketClosed, UseStream = false,
                }, TimeProvider.System);
                await StartOrDisposeAsync(alpaca.StartAsync, alpaca, cancellationToken);
                return (alpaca, alpaca);
            default:
                throw new ConfigException([new ConfigProblem($"brokers.{name}", "is not a venue with an API (binanceus or alpaca)")]);
        }
    }

    private static BinanceUsOptions WithoutStream(BinanceUsOptions o) => new(o.ApiKey, o.ApiSecret)
    {
        Id = o.Id, BaseUrl = o.BaseUrl, StreamUrl = o.StreamUrl, RecvWindow = o.RecvWindow, Timeout = o.Timeout, UseUserDataStream = false,
    };

    private static async Task StartOrDisposeAsync(Func<CancellationToken, Task> start, IAsyncDisposable broker, CancellationToken cancellationToken)
    {
        try
        {
            await start(cancellationToken);
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }
    }
}
