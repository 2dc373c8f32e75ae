using Sextant.Config.Tree;

namespace Sextant.Config.Validation;

/// <summary>One thing wrong with a configuration: where (origin), which setting (path such as <c>strategies[0].entry_z</c>) and what is allowed.</summary>
public sealed record ConfigProblem(string Path, string Message, ConfigOrigin? Origin = null)
{
    /// <summary>"config/x.yaml:12:5: strategies[0].entry_z: must be between 0.1 and 10, was 0".</summary>
    public override string ToString()
    {
        var where = Origin is null ? string.Empty : Origin + ": ";
        var what = Path.Length == 0 ? string.Empty : Path + ": ";
        return where + what + Message;
    }
}
