namespace Sextant.Cli;

/// <summary>Process exit codes of <c>sextant</c> (design.md §3).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The run failed at run time (I/O, broker, unexpected error).</summary>
    public const int Failure = 1;

    /// <summary>Bad input: configuration, arguments or data. Nothing was started.</summary>
    public const int BadInput = 2;
}
