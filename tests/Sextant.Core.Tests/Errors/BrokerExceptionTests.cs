using Sextant.Core.Errors;

namespace Sextant.Core.Tests.Errors;

public sealed class BrokerExceptionTests
{
    [Fact]
    public void Constructor_Transient_KeepsFlagMessageAndInner()
    {
        var inner = new TimeoutException("10s elapsed");

        var sut = new BrokerException("binanceus POST /api/v3/order: timeout", isTransient: true, inner);

        Assert.True(sut.IsTransient);
        Assert.Equal("binanceus POST /api/v3/order: timeout", sut.Message);
        Assert.Same(inner, sut.InnerException);
    }
}
