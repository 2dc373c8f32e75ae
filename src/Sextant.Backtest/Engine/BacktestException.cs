namespace Sextant.Backtest.Engine;

/// <summary>A backtest cannot run as configured (no strategy, no broker for an asset class, no data); the message says what and how to fix it.</summary>
public sealed class BacktestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BacktestException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BacktestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public BacktestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
