using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Execution.Brokers;

namespace Sextant.Cli.Commands;

/// <summary><c>sextant broker balances|positions|orders|cancel ID [--broker NAME]</c>: the venue's own view, as tables or <c>--json</c>.</summary>
internal static class BrokerCommands
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Command Build(CliContext context)
    {
        var broker = new Command("broker", "Ask a venue for its balances, positions and open orders, or cancel an order (keys from the environment variables the config names).");
        broker.Subcommands.Add(Verb(context, "balances", "Balances per asset: free, locked, total.", async (b, _, ct) =>
        {
            var account = await b.GetAccountAsync(ct);
            return (account.Balances.Select(x => new { asset = x.Asset.Value, free = x.Free, locked = x.Locked, total = x.Total }).ToList<object>(),
                TextTable.Render(["asset", "free", "locked", "total"], account.Balances.Select(x => (IReadOnlyList<string>)[x.Asset.Value, F(x.Free), F(x.Locked), F(x.Total)])));
        }));
        broker.Subcommands.Add(Verb(context, "positions", "Positions per symbol: signed quantity and average entry price (spot venues hold balances instead).", async (b, _, ct) =>
        {
            var account = await b.GetAccountAsync(ct);
            return (account.Positions.Select(p => new { symbol = p.Symbol.Value, quantity = p.Quantity, average_entry_price = p.AverageEntryPrice }).ToList<object>(),
                TextTable.Render(["symbol", "quantity", "avg_entry_price"], account.Positions.Select(p => (IReadOnlyList<string>)[p.Symbol.Value, F(p.Quantity), F(p.AverageEntryPrice)])));
        }));
        broker.Subcommands.Add(Verb(context, "orders", "Open orders at the venue.", async (b, _, ct) =>
        {
            var orders = await b.GetOpenOrdersAsync(ct);
            return (orders.Select(o => new { id = o.Id.Value, venue_id = o.VenueOrderId?.Value, symbol = o.Symbol.Value, side = o.Side.ToString(), type = o.OrderType.ToString(), quantity = o.Quantity.Value, limit = o.LimitPrice?.Value, status = o.Status.ToString(), filled = o.FilledQuantity.Value }).ToList<object>(),
                TextTable.Render(["id", "symbol", "side", "type", "quantity", "limit", "status", "filled"], orders.Select(o => (IReadOnlyList<string>)
                    [o.Id.Value, o.Symbol.Value, o.Side.ToString(), o.OrderType.ToString(), F(o.Quantity.Value), o.LimitPrice is { } l ? F(l.Value) : "-", o.Status.ToString(), F(o.FilledQuantity.Value)])));
        }));
        var id = new Argument<string>("id") { Description = "The client order id of an open order." };
        var cancel = Verb(context, "cancel", "Cancel an open order by its client order id.", async (b, parse, ct) =>
        {
            var target = parse.GetValue(id)!;
            var report = (await b.GetOpenOrdersAsync(ct)).FirstOrDefault(o => o.Id.Value == target)
                ?? throw new Config.Validation.ConfigException([new Config.Validation.ConfigProblem("id", $"no open order '{target}' at {b.Id}")]);
            var order = Order.Create(report.Id, new StrategyId("cli"), b.Id, report.Symbol, AssetClass.Crypto, report.Side, report.OrderType,
                report.Quantity, report.LimitPrice, TimeInForce.Gtc, report.UpdatedAt);
            var result = await b.CancelAsync(order, ct);
            return ([new { id = target, sent = result.Sent, message = result.Message }],
                result.Sent ? $"cancel of {target} sent to {b.Id}\n" : $"cancel of {target} refused by {b.Id}: {result.Message}\n");
        });
        cancel.Arguments.Add(id);
        broker.Subcommands.Add(cancel);
        return broker;
    }

    private static Command Verb(CliContext context, string name, string description, Func<IBroker, ParseResult, CancellationToken, Task<(List<object> Json, string Table)>> run)
    {
        var brokerName = new Option<string?>("--broker") { Description = "The brokers: entry to use (default: the first binanceus or alpaca entry)." };
        var configFile = new Option<string?>("--config") { Description = "Config file (default: the bundled example)." };
        var set = CommonOptions.Set();
        var json = CommonOptions.Json();
        var command = new Command(name, description) { brokerName, configFile, set, json };
        command.SetAction(async (parse, ct) =>
        {
            var loaded = CommonOptions.Load(context, parse.GetValue(configFile), parse.GetValue(set) ?? [], checkSecrets: false);
            var (broker, lifetime) = await BrokerConnector.ConnectAsync(context, loaded.Config, parse.GetValue(brokerName), ct);
            await using (lifetime)
            {
                var (rows, table) = await run(broker, parse, ct);
                await context.Output.WriteAsync((parse.GetValue(json) ? JsonSerializer.Serialize(rows, Indented) + "\n" : $"{broker.Id} {name}\n{table}").AsMemory(), ct);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string F(decimal value) => value.ToString("0.########", CultureInfo.InvariantCulture);
}
