using Sextant.Core.Orders;
using E = Sextant.Core.Orders.OrderEventKind;
using S = Sextant.Core.Orders.OrderStatus;

namespace Sextant.Core.Tests.Orders;

public sealed class OrderTransitionsTests
{
    // Written out by hand from the design brief, not derived from the table: adding or removing a move must fail a test.
    // HasFills null = the move does not depend on whether the order has fills.
    private static readonly (S From, E On, bool? HasFills, S To)[] ExpectedRows =
    [
        (S.Created, E.Submitted, null, S.Submitted),
        (S.Created, E.Denied, null, S.Denied),
        (S.Submitted, E.Accepted, null, S.Accepted),
        (S.Submitted, E.Rejected, null, S.Rejected),
        (S.Submitted, E.PartialFill, null, S.PartiallyFilled),
        (S.Submitted, E.Fill, null, S.Filled),
        (S.Submitted, E.CancelSent, null, S.PendingCancel),
        (S.Submitted, E.Canceled, null, S.Canceled),
        (S.Submitted, E.Expired, null, S.Expired),
        (S.Accepted, E.PartialFill, null, S.PartiallyFilled),
        (S.Accepted, E.Fill, null, S.Filled),
        (S.Accepted, E.CancelSent, null, S.PendingCancel),
        (S.Accepted, E.Canceled, null, S.Canceled),
        (S.Accepted, E.Expired, null, S.Expired),
        (S.PartiallyFilled, E.PartialFill, null, S.PartiallyFilled),
        (S.PartiallyFilled, E.Fill, null, S.Filled),
        (S.PartiallyFilled, E.CancelSent, null, S.PendingCancel),
        (S.PartiallyFilled, E.Canceled, null, S.Canceled),
        (S.PartiallyFilled, E.Expired, null, S.Expired),
        (S.PendingCancel, E.Canceled, null, S.Canceled),
        (S.PendingCancel, E.PartialFill, null, S.PendingCancel),
        (S.PendingCancel, E.Fill, null, S.Filled),
        (S.PendingCancel, E.Expired, null, S.Expired),
        (S.PendingCancel, E.CancelRejected, true, S.PartiallyFilled),
        (S.PendingCancel, E.CancelRejected, false, S.Accepted),
        (S.Canceled, E.Fill, null, S.Filled),
        (S.Canceled, E.PartialFill, null, S.Canceled),
    ];

    public static TheoryData<S, E, bool?, S> LegalRows()
    {
        var data = new TheoryData<S, E, bool?, S>();
        foreach (var (from, on, hasFills, to) in ExpectedRows)
        {
            data.Add(from, on, hasFills, to);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LegalRows))]
    public void Next_LegalRow_GivesExpectedStatus(S from, E on, bool? hasFills, S to)
    {
        foreach (var fills in hasFills is { } given ? [given] : new[] { false, true })
        {
            Assert.Equal(to, OrderTransitions.Next(from, on, fills));
        }
    }

    [Fact]
    public void Next_EveryCombination_OnlyExpectedRowsAreLegal()
    {
        var expected = ExpandExpected();
        var unexpected = new List<string>();
        foreach (var from in Enum.GetValues<S>())
        {
            foreach (var on in Enum.GetValues<E>())
            {
                foreach (var hasFills in new[] { false, true })
                {
                    S? want = expected.TryGetValue((from, on, hasFills), out var to) ? to : null;
                    var got = OrderTransitions.Next(from, on, hasFills);
                    if (got != want)
                    {
                        unexpected.Add($"({from}, {on}, hasFills: {hasFills}) gave {got?.ToString() ?? "null"}, expected {want?.ToString() ?? "null"}");
                    }
                }
            }
        }

        Assert.Empty(unexpected);
    }

    [Fact]
    public void LegalMoves_WalkedFromTable_EqualsExpectedRows()
    {
        var expected = ExpandExpected().Select(kv => (kv.Key.From, kv.Key.On, kv.Key.HasFills, kv.Value)).ToHashSet();

        var sut = OrderTransitions.LegalMoves;

        Assert.Equal(expected.Count, sut.Count);
        Assert.True(expected.SetEquals(sut));
    }

    [Theory]
    [InlineData(S.Created, false)]
    [InlineData(S.Submitted, false)]
    [InlineData(S.Accepted, false)]
    [InlineData(S.PartiallyFilled, false)]
    [InlineData(S.PendingCancel, false)]
    [InlineData(S.Denied, true)]
    [InlineData(S.Rejected, true)]
    [InlineData(S.Canceled, true)]
    [InlineData(S.Expired, true)]
    [InlineData(S.Filled, true)]
    public void IsTerminal_EachStatus_MatchesDefinition(S status, bool expected)
    {
        Assert.Equal(expected, status.IsTerminal());
    }

    [Fact]
    public void Next_TerminalStatus_OnlyCanceledAcceptsRacingFills()
    {
        var fromTerminal = OrderTransitions.LegalMoves.Where(m => m.From.IsTerminal()).ToList();

        Assert.All(fromTerminal, m => Assert.Equal(S.Canceled, m.From));
        Assert.All(fromTerminal, m => Assert.Contains(m.On, new[] { E.Fill, E.PartialFill }));
    }

    private static Dictionary<(S From, E On, bool HasFills), S> ExpandExpected()
    {
        var expanded = new Dictionary<(S, E, bool), S>();
        foreach (var (from, on, hasFills, to) in ExpectedRows)
        {
            foreach (var fills in hasFills is { } given ? [given] : new[] { false, true })
            {
                expanded.Add((from, on, fills), to);
            }
        }

        return expanded;
    }
}
