using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Engine.Journal;

namespace Sextant.Engine.Tests.Journal;

/// <summary>Orders and fills written to the journal read back exactly, so a restart re-creates them with the same ids, amounts and times.</summary>
public sealed class JournalRecordsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sextant-records-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static readonly UnixNanos Created = new(1_679_004_960_000_000_123);

    private static Order Limit() =>
        Order.Create(new ClientOrderId("btc_eth_pair-1f-2-3"), new StrategyId("btc_eth_pair"), new BrokerId("binanceus"), new Symbol("BTCUSDT"), AssetClass.Crypto,
            OrderSide.Sell, OrderType.Limit, new Quantity(0.00012345m), new Price(24_943.39m), TimeInForce.Ioc, Created);

    private static string WriteLines(string path)
    {
        var signal = new Signal(new Symbol("BTCUSDT"), SignalAction.Target, AssetClass.Crypto, new StrategyId("pair"), Created, targetQuantity: 0.5m,
            metadata: new Dictionary<string, object>(StringComparer.Ordinal) { ["z"] = -2.1, ["reason"] = "entry_long" });
        using (var journal = OrderJournal.Open(path, out _))
        {
            journal.Append(Created, JournalEntryType.Signal, "binanceus", null, w => SignalJson.Write(w, signal, x => x.WriteNumber("sequence", 7)), flush: false);
            var order = Limit();
            order.Apply(new OrderSubmitted(order.Id, Created));
            journal.Append(Created, JournalEntryType.OrderRequest, "binanceus", order.Id.Value, w => JournalRecords.WriteOrder(w, order), flush: true);
            order.Apply(new OrderAccepted(order.Id, Created, new VenueOrderId("10042")));
            journal.Append(Created, JournalEntryType.Ack, "binanceus", order.Id.Value, w => JournalRecords.WriteOrder(w, order), flush: true);
            var other = Limit();
            other.Apply(new OrderSubmitted(other.Id, Created));
            other.Apply(new OrderRejected(other.Id, Created, "Account has insufficient balance", RejectReason.InsufficientBalance));
            journal.Append(new UnixNanos(-1), JournalEntryType.Reject, "binanceus", other.Id.Value, w => JournalRecords.WriteOrder(w, other), flush: true);
        }

        return File.ReadAllText(path);
    }

    [Fact]
    public void Lines_ASignalThenARequestAckAndReject_AreTheTextPinnedFromTheFirstFormat()
    {
        // Written by the first version (time and enum names formatted through strings, metadata sorted with LINQ); a
        // person reads these lines and a restart parses them, so the text stays the same byte for byte.
        string[] expected =
        [
            """
            {"seq":1,"time":"2023-03-16T22:16:00.000000123Z","ns":1679004960000000123,"type":"signal","broker":"binanceus","order_id":null,"data":{"symbol":"BTCUSDT","action":"target","asset_class":"crypto","strategy":"pair","time":"2023-03-16T22:16:00.000000123Z","time_ns":1679004960000000123,"target_quantity":0.5,"order_type":"market","time_in_force":"gtc","metadata":{"reason":"entry_long","z":-2.1},"sequence":7}}
            """,
            """
            {"seq":2,"time":"2023-03-16T22:16:00.000000123Z","ns":1679004960000000123,"type":"order_request","broker":"binanceus","order_id":"btc_eth_pair-1f-2-3","data":{"symbol":"BTCUSDT","side":"sell","quantity":0.00012345,"type":"limit","status":"submitted","strategy":"btc_eth_pair","filled":"0","limit_price":24943.39,"tif":"ioc","asset_class":"crypto","created_ns":1679004960000000123,"sequence":31,"leg":2,"attempt":3}}
            """,
            """
            {"seq":3,"time":"2023-03-16T22:16:00.000000123Z","ns":1679004960000000123,"type":"ack","broker":"binanceus","order_id":"btc_eth_pair-1f-2-3","data":{"symbol":"BTCUSDT","side":"sell","quantity":0.00012345,"type":"limit","status":"accepted","strategy":"btc_eth_pair","filled":"0","venue_order_id":"10042"}}
            """,
            """
            {"seq":4,"time":"1969-12-31T23:59:59.999999999Z","ns":-1,"type":"reject","broker":"binanceus","order_id":"btc_eth_pair-1f-2-3","data":{"symbol":"BTCUSDT","side":"sell","quantity":0.00012345,"type":"limit","status":"rejected","strategy":"btc_eth_pair","filled":"0","reason_code":"InsufficientBalance","message":"Account has insufficient balance"}}
            """,
        ];

        Assert.Equal(expected, WriteLines(Path.Combine(_dir, "lines.jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void ReadRequest_OfAWrittenRequest_GivesBackTheTicketAttemptAndCreationTime()
    {
        var order = Limit();
        order.Apply(new OrderSubmitted(order.Id, Created));
        var entry = Roundtrip(JournalEntryType.OrderRequest, order.Id.Value, JournalRecords.OrderData(order));
        var signal = new Signal(order.Symbol, SignalAction.Target, AssetClass.Crypto, order.Strategy, Created, targetQuantity: -0.00012345m);

        var (ticket, attempt, created) = JournalRecords.ReadRequest(entry, signal);

        Assert.Equal((0x1fL, 2, 3), (ticket.SignalSequence, ticket.Leg, attempt));
        Assert.Equal((OrderSide.Sell, 0.00012345m, OrderType.Limit, 24_943.39m, TimeInForce.Ioc), (ticket.Side, ticket.Quantity.Value, ticket.OrderType, ticket.LimitPrice!.Value.Value, ticket.TimeInForce));
        Assert.Equal(Created, created);
        Assert.Same(signal, ticket.Signal);
    }

    [Fact]
    public void ReadFill_OfAWrittenFill_IsTheSameFillToTheLastDigit()
    {
        var fill = new Fill(new ClientOrderId("btc_eth_pair-1f-2-3"), new VenueOrderId("10042"), "500017", new Symbol("BTCUSDT"), OrderSide.Buy, new Quantity(0.03838m),
            new Price(25_922.3m), new Money(0.00003838m, new Asset("BTC")), Liquidity.Maker, Created, new StrategyId("btc_eth_pair"), new BrokerId("binanceus"));

        var read = JournalRecords.ReadFill(Roundtrip(JournalEntryType.Fill, fill.OrderId.Value, JournalRecords.FillData(fill), "binanceus"));

        Assert.Equal((fill.OrderId, fill.VenueOrderId, fill.TradeId, fill.Symbol, fill.Side, fill.Quantity, fill.Price, fill.Fee, fill.Liquidity, fill.Time, fill.Strategy, fill.Broker),
            (read.OrderId, read.VenueOrderId, read.TradeId, read.Symbol, read.Side, read.Quantity, read.Price, read.Fee, read.Liquidity, read.Time, read.Strategy, read.Broker));
    }

    [Fact]
    public void JournalHistory_SignalsAndRequests_GiveTheLastSequenceAndTheSignalBack()
    {
        var path = Path.Combine(_dir, "h.jsonl");
        var signal = new Signal(new Symbol("BTCUSDT"), SignalAction.Target, AssetClass.Crypto, new StrategyId("pair"), Created, targetQuantity: 0.5m,
            metadata: new Dictionary<string, object>(StringComparer.Ordinal) { ["z"] = -2.1, ["reason"] = "entry_long" });
        using (var journal = OrderJournal.Open(path, out _))
        {
            journal.Append(Created, JournalEntryType.Signal, "binanceus", null, w => SignalJson.Write(w, signal, x => x.WriteNumber("sequence", 7)), flush: true);
            var order = Limit();
            order.Apply(new OrderSubmitted(order.Id, Created));
            journal.Append(Created, JournalEntryType.OrderRequest, "binanceus", order.Id.Value, JournalRecords.OrderData(order));
            journal.Append(Created, JournalEntryType.Note, null, null, new System.Text.Json.Nodes.JsonObject { ["event"] = "kill_switch", ["broker"] = "binanceus", ["reason"] = "drawdown" });
        }

        var sut = JournalHistory.From(OrderJournal.Read(path));

        Assert.Equal(7, sut.LastSequence("pair"));
        Assert.Equal(0x1f, sut.LastSequence("btc_eth_pair"));
        Assert.True(sut.Traded("btc_eth_pair"));
        Assert.Equal("drawdown", sut.KillReason("binanceus"));
        var back = sut.SignalOf("pair", 7)!;
        Assert.Equal((signal.Symbol, signal.TargetQuantity, "entry_long"), (back.Symbol, back.TargetQuantity, (string)back.Metadata["reason"]));
        Assert.Single(sut.OrderLines("binanceus"));
    }

    private JournalEntry Roundtrip(JournalEntryType type, string orderId, System.Text.Json.Nodes.JsonObject data, string broker = "binanceus")
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".jsonl");
        using (var journal = OrderJournal.Open(path, out _))
        {
            journal.Append(Created, type, broker, orderId, data);
        }

        return Assert.Single(OrderJournal.Read(path));
    }
}
