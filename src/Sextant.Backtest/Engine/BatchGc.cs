using System.Runtime;

namespace Sextant.Backtest.Engine;

/// <summary>
/// Batch garbage collection for the length of a sweep: no background (concurrent) collections, which on
/// a loaded machine compete with the runs for the cores and cost more than the short blocking pauses they avoid. A
/// sweep's workers allocate a few megabytes of equity and diagnostics arrays per run, so full collections come often;
/// measured on W3's first 100 combinations, batch mode took the speed-up from 1 to 2 cores from 1.2–1.3× to 1.55–1.65×.
/// The previous mode comes back on dispose; the paper and live engine keep the default (interactive) mode.
/// </summary>
public static class BatchGc
{
    private static readonly Lock Gate = new();
    private static int _depth;
    private static GCLatencyMode _previous;

    /// <summary>Switches to <see cref="GCLatencyMode.Batch"/> until the returned scope is disposed (nested and concurrent scopes count: the last one out restores the mode).</summary>
    public static IDisposable Enter()
    {
        lock (Gate)
        {
            if (_depth++ == 0)
            {
                _previous = GCSettings.LatencyMode;
                GCSettings.LatencyMode = GCLatencyMode.Batch;
            }
        }

        return new Scope();
    }

    private static void Exit()
    {
        lock (Gate)
        {
            if (--_depth == 0)
            {
                GCSettings.LatencyMode = _previous;
            }
        }
    }

    private sealed class Scope : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Exit();
            }
        }
    }
}
