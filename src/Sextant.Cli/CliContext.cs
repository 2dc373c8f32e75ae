namespace Sextant.Cli;

/// <summary>What a command runs against: its output streams, environment variables and working directory (injected so tests run commands in-process).</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, IReadOnlyDictionary<string, string> Environment, string WorkingDirectory);
