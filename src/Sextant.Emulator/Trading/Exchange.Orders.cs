namespace Sextant.Emulator.Trading;

/// <content>Placing, cancelling and executing orders.</content>
internal sealed partial class Exchange
{
    /// <summary>Places an order: checks duplicates and balances, locks funds, then matches it against the current price.</summary>
    public (EmulatedOrder? Order, PlaceError Error) Place(OrderRequest request)
    {
        lock (Sync)
        {
            if (!_instruments.TryGetValue(request.Symbol, out var spec))
            {
                return (null, PlaceError.UnknownSymbol);
            }

            // Binance refuses a client order id only while an order with it is open; Alpaca for good.
            if (request.ClientOrderId is { } given && (Settings.Venue == "alpaca" ? _clientOrderIds.Contains(given) : _open.Exists(o => o.ClientOrderId == given)))
            {
                return (null, PlaceError.DuplicateClientOrderId);
            }

            var price = _prices[request.Symbol];
            var quantity = request.Quantity ?? decimal.Round(request.QuoteQuantity!.Value / price / spec.StepSize, 0, MidpointRounding.ToZero) * spec.StepSize;
            var reference = request.LimitPrice ?? price;
            var quote = BalanceOf(spec.QuoteAsset);
            var baseBalance = BalanceOf(spec.BaseAsset);
            decimal locked;
            if (request.Side == Side.Buy)
            {
                locked = request.QuoteQuantity ?? quantity * reference;
                if (locked > quote.Free)
                {
                    return (null, PlaceError.InsufficientBalance);
                }

                quote.Free -= locked;
                quote.Locked += locked;
            }
            else
            {
                locked = quantity;
                if (locked > baseBalance.Free)
                {
                    return (null, Settings.Venue == "alpaca" ? PlaceError.InsufficientQuantity : PlaceError.InsufficientBalance);
                }

                baseBalance.Free -= locked;
                baseBalance.Locked += locked;
            }

            var now = NowMs;
            var order = new EmulatedOrder
            {
                Id = _nextOrderId++,
                Uuid = NewUuid(),
                ClientOrderId = request.ClientOrderId ?? (Settings.Venue == "alpaca" ? NewUuid() : NewClientOrderId()),
                Symbol = request.Symbol,
                Side = request.Side,
                IsMarket = request.IsMarket,
                Quantity = quantity,
                QuoteQuantity = request.QuoteQuantity,
                LimitPrice = request.LimitPrice,
                TimeInForce = request.TimeInForce,
                CreatedMs = now,
                UpdatedMs = now,
                Locked = locked,
                State = _marketOpen ? OrderState.New : OrderState.Held,
            };
            _orders.Add(order);
            _open.Add(order);
            _clientOrderIds.Add(order.ClientOrderId);
            if (order.State == OrderState.New)
            {
                Raise(ExecutionKind.New, order, null);
                MatchOnArrival(order);
            }

            return (order, PlaceError.None);
        }
    }

    /// <summary>Cancels an open order; null when it is unknown or no longer open (an armed cancel race fills it first).</summary>
    public EmulatedOrder? Cancel(EmulatedOrder? order)
    {
        lock (Sync)
        {
            if (order is null || !order.IsOpen)
            {
                return null;
            }

            if (_cancelRaces > 0)
            {
                _cancelRaces--;
                Execute(order, order.Remaining, order.LimitPrice ?? _prices[order.Symbol], maker: true);
                return null;
            }

            Close(order, OrderState.Canceled, ExecutionKind.Canceled);
            return order;
        }
    }

    /// <summary>Executes <paramref name="quantity"/> of an open order at <paramref name="price"/> (default: its limit or the current price), as if a counterparty traded with it.</summary>
    public EmulatedTrade? Trade(EmulatedOrder order, decimal quantity, decimal? price)
    {
        lock (Sync)
        {
            if (!order.IsOpen || quantity <= 0 || quantity > order.Remaining)
            {
                return null;
            }

            return Execute(order, quantity, price ?? order.LimitPrice ?? _prices[order.Symbol], maker: !order.IsMarket);
        }
    }

    private void MatchOnArrival(EmulatedOrder order)
    {
        var price = _prices[order.Symbol];
        var marketable = order.IsMarket
            || (order.Side == Side.Buy && order.LimitPrice >= price)
            || (order.Side == Side.Sell && order.LimitPrice <= price);
        if (marketable)
        {
            Execute(order, order.Remaining, price, maker: false);
        }
        else if (order.TimeInForce is "IOC" or "FOK" or "ioc" or "fok")
        {
            Close(order, OrderState.Expired, ExecutionKind.Expired);
        }
    }

    private EmulatedTrade Execute(EmulatedOrder order, decimal quantity, decimal price, bool maker)
    {
        var spec = _instruments[order.Symbol];
        var quote = BalanceOf(spec.QuoteAsset);
        var baseBalance = BalanceOf(spec.BaseAsset);
        var notional = quantity * price;
        var rate = maker ? Settings.MakerFee : Settings.TakerFee;
        var release = order.Remaining == 0 ? order.Locked : decimal.Round(order.Locked * (quantity / order.Remaining), 12);
        order.Locked -= release;
        decimal commission;
        string commissionAsset;
        if (order.Side == Side.Buy)
        {
            // Binance charges a buy's commission in the asset received.
            commission = decimal.Round(quantity * rate, spec.BasePrecision);
            commissionAsset = rate == 0 ? spec.QuoteAsset : spec.BaseAsset;
            quote.Locked -= release;
            quote.Free += release - notional;
            baseBalance.Free += quantity - commission;
            baseBalance.CostBasis += notional;
        }
        else
        {
            commission = decimal.Round(notional * rate, spec.QuotePrecision);
            commissionAsset = spec.QuoteAsset;
            var heldBefore = baseBalance.Total;
            baseBalance.Locked -= release;
            baseBalance.Free += release - quantity;
            baseBalance.CostBasis = heldBefore == 0 ? 0 : baseBalance.CostBasis * (baseBalance.Total / heldBefore);
            quote.Free += notional - commission;
        }

        var now = NowMs;
        order.Executed += quantity;
        order.CumQuote += notional;
        order.UpdatedMs = now;
        order.State = order.Remaining == 0 ? OrderState.Filled : OrderState.PartiallyFilled;
        if (order.State == OrderState.Filled)
        {
            order.FilledMs = now;
            ReleaseLock(order);
            _open.Remove(order);
        }

        var trade = new EmulatedTrade(_nextTradeId++, order.Id, order.Symbol, order.Side, price, quantity, commission, commissionAsset, now,
            maker, order.Executed, order.Remaining);
        _trades.Add(trade);
        order.Trades.Add(trade);
        Raise(ExecutionKind.Trade, order, trade);
        return trade;
    }

    private void Close(EmulatedOrder order, OrderState state, ExecutionKind kind)
    {
        order.State = state;
        order.UpdatedMs = NowMs;
        order.CanceledMs = order.UpdatedMs;
        ReleaseLock(order);
        _open.Remove(order);
        Raise(kind, order, null);
    }

    private void ReleaseLock(EmulatedOrder order)
    {
        if (order.Locked == 0)
        {
            return;
        }

        var spec = _instruments[order.Symbol];
        var balance = BalanceOf(order.Side == Side.Buy ? spec.QuoteAsset : spec.BaseAsset);
        balance.Locked -= order.Locked;
        balance.Free += order.Locked;
        order.Locked = 0;
    }
}
