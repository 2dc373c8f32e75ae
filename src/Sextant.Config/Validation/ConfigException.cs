using System.Text;

namespace Sextant.Config.Validation;

/// <summary>The configuration cannot be used; <see cref="Problems"/> lists every problem found, not just the first.</summary>
public sealed class ConfigException : Exception
{
    /// <summary>Creates the exception from all problems found.</summary>
    public ConfigException(IReadOnlyList<ConfigProblem> problems)
        : base(Format(problems))
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problems = problems;
    }

    /// <summary>Every problem, in the order found.</summary>
    public IReadOnlyList<ConfigProblem> Problems { get; }

    private static string Format(IReadOnlyList<ConfigProblem> problems)
    {
        var text = new StringBuilder();
        text.Append("Configuration has ").Append(problems.Count).Append(problems.Count == 1 ? " problem:" : " problems:");
        foreach (var problem in problems)
        {
            text.Append('\n').Append("  ").Append(problem);
        }

        return text.ToString();
    }
}
