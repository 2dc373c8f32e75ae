using Sextant.Engine.Running;

namespace Sextant.Engine.Tests.Support;

/// <summary>An engine running in the background, as <c>sextant run</c> runs it, with its progress lines captured.</summary>
internal sealed class RunningEngine : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly TextWriter _log;
    private Task<EngineSummary>? _run;

    private RunningEngine(TradingEngine engine, TextWriter log)
    {
        Engine = engine;
        _log = log;
    }

    public TradingEngine Engine { get; }

    public Task<EngineSummary> Run => _run!;

    /// <summary>The progress lines so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString()!;
            }
        }
    }

    public static RunningEngine Start(EngineOptions options)
    {
        var engine = TradingEngine.Create(options);
        var running = new RunningEngine(engine, options.Log);
        running._run = Task.Run(() => engine.RunAsync(null, running._stop.Token));
        return running;
    }

    /// <summary>Stops it as Ctrl-C would and returns the summary.</summary>
    public async Task<EngineSummary> StopAsync()
    {
        await _stop.CancelAsync();
        return await Run.WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }

        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (Exception) when (Run.IsFaulted || Run.IsCanceled)
        {
            // the test already looked at (or does not care about) the failure
        }

        await Engine.DisposeAsync();
        _stop.Dispose();
    }
}
