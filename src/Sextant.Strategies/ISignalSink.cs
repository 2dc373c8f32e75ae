using Sextant.Core.Signals;

namespace Sextant.Strategies;

/// <summary>Receives the signals a strategy emits during one step.</summary>
public interface ISignalSink
{
    /// <summary>Takes one signal.</summary>
    void Emit(Signal signal);
}
