namespace Sextant.Engine.Journal;

/// <summary>The journal file cannot be read: names the file and the line, and how to proceed.</summary>
public sealed class JournalException(string message, string path, int line) : Exception(message)
{
    /// <summary>The journal file.</summary>
    public string Path { get; } = path;

    /// <summary>The 1-based line number of the problem.</summary>
    public int Line { get; } = line;
}
