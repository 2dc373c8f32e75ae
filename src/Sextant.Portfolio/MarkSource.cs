namespace Sextant.Portfolio;

/// <summary>Where an instrument's current mark came from, which decides how the exact decimal mark is read.</summary>
internal enum MarkSource : byte
{
    /// <summary>Never marked and never traded: the mark is zero, and so is the position.</summary>
    None,

    /// <summary>Set as a decimal (<see cref="Portfolio.Mark(Sextant.Core.Instruments.Symbol, decimal)"/> or a fill price): exact.</summary>
    Exact,

    /// <summary>Set as a double on the per-bar path: the exact mark is that double converted to decimal (15 significant digits).</summary>
    Double,
}
