using Sextant.Core.Instruments;
using Sextant.Core.Signals;
using Sextant.Core.Tests.Support;

namespace Sextant.Core.Tests.Signals;

public sealed class SignalMetadataTests
{
    [Fact]
    public void Of_Entries_KeepsOrderAndTheLastValueOfARepeatedKey()
    {
        var sut = SignalMetadata.Of([new("reason", "exit"), new("z", 1.5), new("reason", "stop")]);

        Assert.Equal(["reason", "z"], sut.Keys);
        Assert.Equal("stop", sut["reason"]);
        Assert.Equal(1.5, sut["z"]);
        Assert.False(sut.ContainsKey("Z")); // ordinal keys
        Assert.Equal([new("reason", "stop"), new KeyValuePair<string, object>("z", 1.5)], sut.ToList());
    }

    [Fact]
    public void With_ExistingOrNewKey_ReplacesInPlaceOrAppendsAndLeavesTheOriginal()
    {
        var y = SignalMetadata.Of([new("leg", "y"), new("z", 2.0)]);

        var x = y.With("leg", "x");
        var more = y.With("half_life", 30.0);

        Assert.Equal("y", y["leg"]);
        Assert.Equal(["leg", "z"], x.Keys);
        Assert.Equal("x", x["leg"]);
        Assert.Equal(["leg", "z", "half_life"], more.Keys);
        Assert.Throws<KeyNotFoundException>(() => y["half_life"]);
    }

    [Fact]
    public void Signal_GivenSignalMetadata_KeepsItAndCopiesAMutableDictionary()
    {
        var immutable = SignalMetadata.Of([new("z", 1.0)]);
        var mutable = new Dictionary<string, object> { ["z"] = 1.0 };

        var kept = new Signal(Some.Symbol(), SignalAction.Flatten, AssetClass.Crypto, Some.Strategy(), Some.Time(), metadata: immutable);
        var copied = new Signal(Some.Symbol(), SignalAction.Flatten, AssetClass.Crypto, Some.Strategy(), Some.Time(), metadata: mutable);
        mutable["z"] = 2.0;

        Assert.Same(immutable, kept.Metadata);
        Assert.Equal(1.0, copied.Metadata["z"]);
    }

    [Fact]
    public void Signal_MetadataOfAnUnsupportedType_IsRejectedNamingTheKey()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Signal(Some.Symbol(), SignalAction.Flatten, AssetClass.Crypto, Some.Strategy(), Some.Time(),
            metadata: SignalMetadata.Of([new("when", DateTime.UnixEpoch)])));

        Assert.Contains("metadata 'when' has type DateTime", ex.Message, StringComparison.Ordinal);
    }
}
