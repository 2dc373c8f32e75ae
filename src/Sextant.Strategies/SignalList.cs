using Sextant.Core.Signals;

namespace Sextant.Strategies;

/// <summary>A sink that collects signals in emission order.</summary>
public sealed class SignalList : List<Signal>, ISignalSink
{
    /// <inheritdoc />
    public void Emit(Signal signal) => Add(signal);
}
