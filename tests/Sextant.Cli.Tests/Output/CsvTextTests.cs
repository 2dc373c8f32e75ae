using Sextant.Cli.Output;

namespace Sextant.Cli.Tests.Output;

/// <summary>RFC 4180 §2: fields with commas, double quotes or line breaks are enclosed in double quotes; an inner quote is doubled.</summary>
public sealed class CsvTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\r", "\"cr\r\"")]
    [InlineData(" padded ", " padded ")]
    public void Field_Text_QuotedOnlyWhenNeeded(string text, string expected) => Assert.Equal(expected, CsvText.Field(text));

    [Fact]
    public void Render_HeaderAndRecords_EndEachWithCrLf() =>
        Assert.Equal("a,b\r\n1,\"x,y\"\r\n", CsvText.Render(["a", "b"], [["1", "x,y"]]));
}
