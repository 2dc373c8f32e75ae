using Sextant.Config.Tree;
using Sextant.Config.Validation;

namespace Sextant.Config.Tests.Tree;

public sealed class YamlTreeReaderTests
{
    [Fact]
    public void Read_NestedMapping_KeepsLineAndColumnOfEveryValue()
    {
        var problems = new List<ConfigProblem>();

        var sut = (MapNode)YamlTreeReader.Read("engine:\n  mode: paper\nrisk:\n    max_drawdown: 0.1\n", "x.yaml", problems)!;

        Assert.Empty(problems);
        var mode = (ScalarNode)((MapNode)sut.Get("engine")!).Get("mode")!;
        Assert.Equal("paper", mode.Value);
        Assert.Equal("x.yaml:2:9", mode.Origin.ToString());
        var drawdown = ((MapNode)sut.Get("risk")!).Get("max_drawdown")!;
        Assert.Equal("x.yaml:4:19", drawdown.Origin.ToString());
        Assert.Equal("x.yaml:4:5", ((MapNode)sut.Get("risk")!).KeyOrigin("max_drawdown").ToString());
    }

    [Theory]
    [InlineData("a: ~")]
    [InlineData("a: null")]
    [InlineData("a:")]
    [InlineData("a: !!null x")]
    public void Read_NullSpellings_GiveNullScalar(string yaml)
    {
        var sut = (MapNode)YamlTreeReader.Read(yaml, "x.yaml", [])!;

        Assert.Null(((ScalarNode)sut.Get("a")!).Value);
    }

    [Fact]
    public void Read_QuotedNull_StaysText()
    {
        var sut = (MapNode)YamlTreeReader.Read("a: \"null\"", "x.yaml", [])!;

        Assert.Equal("null", ((ScalarNode)sut.Get("a")!).Value);
    }

    [Fact]
    public void Read_DuplicateKey_ReportsSecondWithPosition()
    {
        var problems = new List<ConfigProblem>();

        YamlTreeReader.Read("a: 1\nb: 2\na: 3\n", "x.yaml", problems);

        var problem = Assert.Single(problems);
        Assert.Contains("duplicate key 'a'", problem.Message, StringComparison.Ordinal);
        Assert.Equal("x.yaml:3:1", problem.Origin!.ToString());
    }

    [Fact]
    public void Read_SyntaxError_ReportsPositionInsteadOfThrowing()
    {
        var problems = new List<ConfigProblem>();

        var sut = YamlTreeReader.Read("a: [1, 2\nb: 3\n", "bad.yaml", problems);

        Assert.Null(sut);
        var problem = Assert.Single(problems);
        Assert.StartsWith("YAML syntax error", problem.Message, StringComparison.Ordinal);
        Assert.Equal("bad.yaml", problem.Origin!.Source);
        Assert.True(problem.Origin.Line >= 1);
    }

    [Fact]
    public void Read_Alias_ResolvesToAnchoredNode()
    {
        var sut = (MapNode)YamlTreeReader.Read("a: &x {k: 1}\nb: *x\n", "x.yaml", [])!;

        Assert.Equal("1", ((ScalarNode)((MapNode)sut.Get("b")!).Get("k")!).Value);
    }

    [Fact]
    public void ReadValue_FlowList_ParsesAsYamlWithTheOverrideOrigin()
    {
        var origin = ConfigOrigin.FromCommandLine("pairs=[[A, B]]");

        var sut = YamlTreeReader.ReadValue("[[A, B]]", origin, []);

        var outer = Assert.IsType<SequenceNode>(sut);
        var inner = Assert.IsType<SequenceNode>(Assert.Single(outer.Items));
        Assert.Equal(["A", "B"], inner.Items.Select(i => ((ScalarNode)i).Value));
        Assert.Equal(origin, inner.Items[0].Origin);
    }

    [Fact]
    public void ReadValue_PlainTextWithColon_StaysOneScalar()
    {
        var sut = YamlTreeReader.ReadValue("http://127.0.0.1:8080", ConfigOrigin.FromEnvironment("X"), []);

        Assert.Equal("http://127.0.0.1:8080", Assert.IsType<ScalarNode>(sut).Value);
    }
}
