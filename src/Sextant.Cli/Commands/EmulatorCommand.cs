using System.CommandLine;
using System.Globalization;
using Sextant.Emulator;

namespace Sextant.Cli.Commands;

/// <summary><c>sextant emulator [--port P] [--speed S] [--key K] [--secret S]</c>: a local Binance US + Alpaca venue until Ctrl-C.</summary>
internal static class EmulatorCommand
{
    public static Command Build(CliContext context)
    {
        var port = new Option<int>("--port") { Description = $"TCP port on 127.0.0.1 (0 = any free port). Default {EmulatorOptions.DefaultPort}.", DefaultValueFactory = _ => EmulatorOptions.DefaultPort };
        var speed = new Option<double>("--speed") { Description = "Seconds of bars replayed per second (600 = ten minutes per second; 0 = prices move only via /_emulator/price). Default 60.", DefaultValueFactory = _ => 60 };
        var key = new Option<string?>("--key") { Description = "API key it accepts (default: $SEXTANT_EMULATOR_KEY or a built-in test key)." };
        var secret = new Option<string?>("--secret") { Description = "API secret it accepts (default: $SEXTANT_EMULATOR_SECRET or a built-in test secret)." };
        var noLimits = new Option<bool>("--no-rate-limits") { Description = "Lift the venues' request limits (Binance US 1200 weight and Alpaca 200 requests per minute, counted in wall-clock time), e.g. for a fast replay that trades at many times the real pace." };
        var command = new Command("emulator", "Run a local exchange on 127.0.0.1 that speaks the Binance US and Alpaca APIs (REST and WebSocket) with replayed real prices and fault injection. Ctrl-C stops it.")
        {
            port, speed, key, secret, noLimits,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new EmulatorOptions
            {
                Port = parse.GetValue(port),
                Speed = parse.GetValue(speed),
                Key = parse.GetValue(key) ?? context.Environment.GetValueOrDefault("SEXTANT_EMULATOR_KEY") ?? EmulatorOptions.DefaultKey,
                Secret = parse.GetValue(secret) ?? context.Environment.GetValueOrDefault("SEXTANT_EMULATOR_SECRET") ?? EmulatorOptions.DefaultSecret,
            };
            if (parse.GetValue(noLimits))
            {
                options = options with { RequestWeightLimit = null, AlpacaRequestLimit = null };
            }

            if (options.Port is < 0 or > 65535 || options.Speed < 0)
            {
                await context.Error.WriteLineAsync("error: --port must be 0-65535 and --speed at least 0".AsMemory(), ct);
                return ExitCodes.BadInput;
            }

            await using var host = await EmulatorHost.StartAsync(options, ct);
            var url = host.BaseUrl.ToString().TrimEnd('/');
            // The key and secret are test credentials the emulator accepts; printing them is the point.
            var lines = string.Create(CultureInfo.InvariantCulture, $"""
                Sextant emulator listening on {url} (Binance US and Alpaca paths; streams on {host.StreamUrl.ToString().TrimEnd('/')})
                replay speed {options.Speed}x; symbols: {string.Join(", ", host.Control.Symbols)}
                request limits per wall-clock minute: {(options.RequestWeightLimit is { } w ? $"Binance US {w} weight" : "Binance US none")}, {(options.AlpacaRequestLimit is { } a ? $"Alpaca {a} requests" : "Alpaca none")}
                test credentials (both venues): key {options.Key}  secret {options.Secret}

                In another terminal:
                  export BINANCEUS_API_KEY={options.Key} BINANCEUS_API_SECRET={options.Secret} SEXTANT__BROKERS__BINANCEUS__BASE_URL={url}
                  export ALPACA_KEY_ID={options.Key} ALPACA_SECRET_KEY={options.Secret} SEXTANT__BROKERS__ALPACA__BASE_URL={url}
                  sextant broker balances --broker binanceus
                  sextant broker positions --broker alpaca
                Faults: POST {url}/_emulator/faults, /_emulator/streams, /_emulator/price (see README). Ctrl-C stops.
                """);
            await context.Output.WriteLineAsync(lines.AsMemory(), ct);
            await context.Output.FlushAsync(ct);
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                await context.Output.WriteLineAsync("emulator stopped".AsMemory(), CancellationToken.None);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
