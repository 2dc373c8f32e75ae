namespace Sextant.Engine.Observability;

/// <summary>
/// The engine loop's turn: the loop holds it while it handles a bar, so work that touches the order managers or portfolios
/// from another thread (a cancel from the dashboard, a snapshot for it) runs between two bars, never during one.
/// Uncontended entry completes synchronously and allocates nothing.
/// </summary>
public sealed class EngineGate : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Runs <paramref name="action"/> between two bars and returns its result.</summary>
    public async ValueTask<T> RunAsync<T>(Func<CancellationToken, ValueTask<T>> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await action(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Runs <paramref name="action"/> between two bars.</summary>
    public async ValueTask RunAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await action(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Runs <paramref name="action"/> between two bars.</summary>
    public ValueTask RunAsync(Action action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Wrap(action, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _turn.Dispose();

    /// <summary>Takes the turn for the loop.</summary>
    internal Task EnterAsync(CancellationToken cancellationToken) => _turn.WaitAsync(cancellationToken);

    /// <summary>Gives the turn back.</summary>
    internal void Exit() => _turn.Release();

    private async ValueTask Wrap(Action action, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            action();
        }
        finally
        {
            _turn.Release();
        }
    }
}
