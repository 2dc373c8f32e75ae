namespace Sextant.Strategies.Cointegration;

public sealed partial class CointegrationStrategy : IStrategyDiagnostics
{
    /// <inheritdoc />
    public IReadOnlyList<string> DiagnosticNames => [.. _pairs.Select(p => "z " + p.Name)];

    /// <inheritdoc />
    public IReadOnlyList<double> DiagnosticGuides
    {
        get
        {
            var guides = new List<double> { _config.EntryZ, -_config.EntryZ, _config.ExitZ, -_config.ExitZ };
            if (_config.StopZ is { } stop)
            {
                guides.AddRange([stop, -stop]);
            }

            return guides;
        }
    }

    /// <inheritdoc />
    public double Diagnostic(int index) => _pairs[index].Regression.Z;
}
