using Sextant.Config.Tree;
using Sextant.Config.Validation;

namespace Sextant.Config.Tests.Tree;

public sealed class TreeMergerTests
{
    private static MapNode Yaml(string text, string name) => (MapNode)YamlTreeReader.Read(text, name, [])!;

    private static string? Scalar(ConfigNode node, params string[] keys)
    {
        foreach (var key in keys)
        {
            node = ((MapNode)node).Get(key)!;
        }

        return ((ScalarNode)node).Value;
    }

    [Fact]
    public void Merge_Mappings_MergeKeyByKeyAndUpperWins()
    {
        var lower = Yaml("a: {x: 1, y: 2}\nb: 3\n", "lower.yaml");
        var upper = Yaml("a: {y: 20, z: 30}\n", "upper.yaml");

        var sut = TreeMerger.Merge(lower, upper);

        Assert.Equal("1", Scalar(sut, "a", "x"));
        Assert.Equal("20", Scalar(sut, "a", "y"));
        Assert.Equal("30", Scalar(sut, "a", "z"));
        Assert.Equal("3", Scalar(sut, "b"));
        Assert.Equal("upper.yaml", ((MapNode)((MapNode)sut).Get("a")!).Get("y")!.Origin.Source);
    }

    [Fact]
    public void Merge_Lists_AreReplacedWhole()
    {
        var sut = TreeMerger.Merge(Yaml("a: [1, 2, 3]", "l"), Yaml("a: [9]", "u"));

        var list = (SequenceNode)((MapNode)sut).Get("a")!;
        Assert.Equal("9", ((ScalarNode)Assert.Single(list.Items)).Value);
    }

    [Fact]
    public void SetPath_ListIndex_ReplacesValueInsideItem()
    {
        var root = Yaml("s:\n  - {name: a, z: 1}\n", "f");
        var origin = ConfigOrigin.FromCommandLine("s[0].z=2");
        var problems = new List<ConfigProblem>();

        TreeMerger.SetPath(root, ConfigPath.TryParse("s[0].z", out _)!, new ScalarNode("2", origin), origin, problems);

        Assert.Empty(problems);
        var item = (MapNode)((SequenceNode)root.Get("s")!).Items[0];
        Assert.Equal("2", ((ScalarNode)item.Get("z")!).Value);
        Assert.Equal("a", ((ScalarNode)item.Get("name")!).Value);
    }

    [Fact]
    public void SetPath_IndexAtCount_AppendsAnItem()
    {
        var root = Yaml("s: [a]", "f");
        var origin = ConfigOrigin.FromCommandLine("s[1]=b");

        TreeMerger.SetPath(root, ConfigPath.TryParse("s[1]", out _)!, new ScalarNode("b", origin), origin, []);

        Assert.Equal(["a", "b"], ((SequenceNode)root.Get("s")!).Items.Select(i => ((ScalarNode)i).Value));
    }

    [Fact]
    public void SetPath_IndexPastEnd_ReportsCountAndOrigin()
    {
        var root = Yaml("s: [a]", "f");
        var origin = ConfigOrigin.FromCommandLine("s[5]=b");
        var problems = new List<ConfigProblem>();

        TreeMerger.SetPath(root, ConfigPath.TryParse("s[5]", out _)!, new ScalarNode("b", origin), origin, problems);

        var problem = Assert.Single(problems);
        Assert.Equal("s", problem.Path);
        Assert.Contains("has 1 item(s); index 5 is out of range", problem.Message, StringComparison.Ordinal);
        Assert.Equal(origin, problem.Origin);
    }

    [Fact]
    public void SetPath_DottedIndexIntoList_SaysHowToAddressTheItem()
    {
        var root = Yaml("s:\n  - {z: 1}\n", "f");
        var origin = ConfigOrigin.FromCommandLine("s.0.z=2");
        var problems = new List<ConfigProblem>();

        TreeMerger.SetPath(root, ConfigPath.TryParse("s.0.z", out _)!, new ScalarNode("2", origin), origin, problems);

        var problem = Assert.Single(problems);
        Assert.Equal("s", problem.Path);
        Assert.Equal("is a list, so it has no key '0'; write s[0] for its item 0", problem.Message);
    }

    [Fact]
    public void SetPath_MissingSections_AreCreated()
    {
        var root = new MapNode(ConfigOrigin.Default);
        var origin = ConfigOrigin.FromEnvironment("SEXTANT__A__B__C");

        TreeMerger.SetPath(root, ConfigPath.FromEnvironmentVariable("SEXTANT__A__B__C")!, new ScalarNode("v", origin), origin, []);

        Assert.Equal("v", Scalar(root, "a", "b", "c"));
    }

    [Fact]
    public void SetPath_KeyUnderScalar_Reported()
    {
        var root = Yaml("a: 1", "f");
        var origin = ConfigOrigin.FromCommandLine("a.b=2");
        var problems = new List<ConfigProblem>();

        TreeMerger.SetPath(root, ConfigPath.TryParse("a.b", out _)!, new ScalarNode("2", origin), origin, problems);

        Assert.Contains("has no key 'b'", Assert.Single(problems).Message, StringComparison.Ordinal);
    }
}
