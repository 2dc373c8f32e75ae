using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Text;

namespace Sextant.Core.Tests.Text;

public sealed class LowerCaseNamesTests
{
    private enum Sparse
    {
        First = 1,
        Tenth = 10,
    }

    private enum Small : byte
    {
        Zero,
        One,
    }

    [Fact]
    public void Of_EveryValueOfTheEnumsTheJournalWrites_IsToStringLowerCased()
    {
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            Assert.Equal(status.ToString().ToLowerInvariant(), LowerCaseNames.Of(status).Value);
        }

        foreach (var action in Enum.GetValues<SignalAction>())
        {
            Assert.Equal(action.ToString().ToLowerInvariant(), LowerCaseNames.Of(action).Value);
        }

        Assert.Equal("partiallyfilled", LowerCaseNames.Of(OrderStatus.PartiallyFilled).Value);
    }

    [Fact]
    public void Of_ValuesNotNumberedFromZero_OrNotIntBased_AreNamedAllTheSame()
    {
        Assert.Equal("first", LowerCaseNames.Of(Sparse.First).Value);
        Assert.Equal("tenth", LowerCaseNames.Of(Sparse.Tenth).Value);
        Assert.Equal("one", LowerCaseNames.Of(Small.One).Value);
    }

    [Fact]
    public void Of_AnUndefinedValue_IsItsNumber()
    {
        Assert.Equal("42", LowerCaseNames.Of((OrderStatus)42).Value);
        Assert.Equal("-1", LowerCaseNames.Of((OrderStatus)(-1)).Value);
    }
}
