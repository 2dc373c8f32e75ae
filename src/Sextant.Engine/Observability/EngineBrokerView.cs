using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Execution.Orders;
using Sextant.Execution.Risk;

namespace Sextant.Engine.Observability;

using Portfolio = Sextant.Portfolio.Portfolio;

/// <summary>One broker of a running engine: its order manager, portfolio and risk state, and the series it trades.</summary>
/// <param name="Id">The broker (its config name).</param>
/// <param name="Orders">Its order manager; attach listeners in <see cref="IEngineObserver.OnStart"/>, touch it only with the gate held.</param>
/// <param name="Portfolio">Its portfolio (quote-asset amounts).</param>
/// <param name="Risk">Its pre-trade limits and kill switch.</param>
/// <param name="Series">The bar series whose prices it trades and marks.</param>
/// <param name="Budget">Its order API's request budget as the venue reports it; null for a simulated venue.</param>
public sealed record EngineBrokerView(BrokerId Id, OrderManager Orders, Portfolio Portfolio, PreTradeRisk Risk, IReadOnlyList<SeriesKey> Series, Execution.Brokers.IRequestBudget? Budget = null);
