using Sextant.Core.Tests.Support;
using Sextant.Core.Time;

namespace Sextant.Core.Tests.Time;

public sealed class TimeProviderExtensionsTests
{
    [Fact]
    public void GetUnixNanos_FixedProvider_ReturnsItsUtcNow()
    {
        var sut = new FixedTimeProvider(new DateTimeOffset(2023, 3, 16, 22, 15, 0, TimeSpan.Zero));

        Assert.Equal(UnixNanos.FromUnixSeconds(1_679_004_900), sut.GetUnixNanos());
    }
}
