namespace Sextant.Config.Validation;

/// <summary>A config record that checks its own values and returns every problem (Polly's "Validation Errors" style).</summary>
public interface IValidatable
{
    /// <summary>Returns every problem in this record and its children; <paramref name="path"/> is this record's path, e.g. <c>strategies[0]</c>.</summary>
    IEnumerable<ConfigProblem> Validate(string path);
}
