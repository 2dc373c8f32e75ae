using Microsoft.Win32.SafeHandles;

namespace Sextant.Engine.Journal;

/// <summary>
/// The journal's background group commit (<see cref="Config.Schema.JournalSync.Background"/>): a thread that sleeps until
/// an entry is written to the OS, waits until the sync delay has passed since that write (entries written meanwhile share
/// the fsync), fsyncs the file and publishes the last sequence the fsync covered. An entry is thus on disk at most the
/// delay plus one fsync after it was written (plus, when it arrives during an fsync, the rest of that one). Its own
/// thread, not the thread pool: an fsync blocks for milliseconds, and the engine's bar and order path runs on the pool.
/// A failed fsync is kept and thrown to the next append, so the engine stops acting on a journal it cannot make durable.
/// </summary>
internal sealed class JournalSyncer : IDisposable
{
    private readonly SafeFileHandle _file;
    private readonly string _path;
    private readonly long _delayTicks;
    private readonly TimeSpan _delay;
    private readonly TimeProvider _time;
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _wake = new(false);
    private readonly CancellationTokenSource _stop = new();
    private readonly ITimer? _due;
    private readonly ManualResetEventSlim _elapsed = new(false);
    private long _written;
    private long _synced;
    private long _armedAt;
    private int _armed;
    private long _syncs;
    private volatile Exception? _failure;

    public JournalSyncer(SafeFileHandle file, string path, TimeSpan delay, TimeProvider time, long synced)
    {
        _file = file;
        _path = path;
        _time = time;
        _delayTicks = (long)(delay.TotalSeconds * time.TimestampFrequency);
        _written = synced;
        _synced = synced;

        // On the system clock the sync thread waits out the delay itself (no timer callback on the thread pool, which the
        // order path uses); on any other clock a timer set at the write keeps the delay on that clock's timeline.
        _due = ReferenceEquals(time, TimeProvider.System) ? null
            : time.CreateTimer(static e => ((ManualResetEventSlim)e!).Set(), _elapsed, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _delay = delay;
        _thread = new Thread(Run) { IsBackground = true, Name = "sextant journal sync" };
        _thread.Start();
    }

    /// <summary>The last sequence an fsync covered.</summary>
    public long SyncedSequence => Volatile.Read(ref _synced);

    /// <summary>Fsyncs done so far.</summary>
    public long Syncs => Interlocked.Read(ref _syncs);

    /// <summary>Called by the appending thread once entries up to <paramref name="sequence"/> are written to the OS.</summary>
    public void Written(long sequence)
    {
        Volatile.Write(ref _written, sequence);

        // Both sides exchange _armed (a full fence): either the sync thread's disarm comes first and this write arms the
        // next round, or it comes after, and the sync thread then reads this sequence before its fsync.
        if (Interlocked.Exchange(ref _armed, 1) == 0)
        {
            Volatile.Write(ref _armedAt, _time.GetTimestamp());
            _due?.Change(_delay, Timeout.InfiniteTimeSpan);
            _wake.Set();
        }
    }

    /// <summary>Throws when a background fsync failed: the entries since the last good one may not be on disk.</summary>
    public void ThrowIfFailed()
    {
        if (_failure is { } failure)
        {
            throw new IOException($"Journal {_path}: a background fsync failed ({failure.Message}); entries since sequence {SyncedSequence} may not be on disk, so the engine stops acting on it", failure);
        }
    }

    /// <summary>Stops the thread, then fsyncs whatever it had not covered yet, on the caller's thread.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        if (Volatile.Read(ref _written) > SyncedSequence)
        {
            SyncNow();
        }

        _due?.Dispose();
        _wake.Dispose();
        _elapsed.Dispose();
        _stop.Dispose();
        ThrowIfFailed();
    }

    private void Run()
    {
        var stopping = _stop.Token;
        try
        {
            while (true)
            {
                _wake.Wait(stopping);
                _wake.Reset();
                WaitUntil(Volatile.Read(ref _armedAt) + _delayTicks, stopping);
                Interlocked.Exchange(ref _armed, 0);
                SyncNow();
            }
        }
        catch (OperationCanceledException)
        {
            // Dispose: it does the last fsync itself
        }
    }

    private void SyncNow()
    {
        var covered = Volatile.Read(ref _written);
        try
        {
            RandomAccess.FlushToDisk(_file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            _failure ??= ex;
            return;
        }

        Volatile.Write(ref _synced, covered);
        Interlocked.Increment(ref _syncs);
    }

    private void WaitUntil(long deadline, CancellationToken stopping)
    {
        if (_due is null)
        {
            var remaining = _time.GetElapsedTime(_time.GetTimestamp(), deadline);
            if (remaining > TimeSpan.Zero)
            {
                stopping.WaitHandle.WaitOne(remaining);
            }
        }
        else
        {
            _elapsed.Wait(stopping);
            _elapsed.Reset();
        }

        stopping.ThrowIfCancellationRequested();
    }
}
