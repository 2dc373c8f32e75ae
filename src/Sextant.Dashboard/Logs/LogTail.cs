using Sextant.Dashboard.Source;

namespace Sextant.Dashboard.Logs;

/// <summary>The newest log lines in a fixed-size ring (oldest dropped first), for the dashboard's log tail. Thread-safe.</summary>
public sealed class LogTail
{
    private readonly Lock _gate = new();
    private readonly LogLine[] _ring;
    private int _next;
    private int _count;

    /// <summary>Creates a tail holding at most <paramref name="capacity"/> lines.</summary>
    public LogTail(int capacity = 500)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _ring = new LogLine[capacity];
    }

    /// <summary>Raised after a line was added; handlers must return quickly and must not log.</summary>
    public event EventHandler? Appended;

    /// <summary>Adds a line, dropping the oldest when full.</summary>
    public void Add(LogLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        lock (_gate)
        {
            _ring[_next] = line;
            _next = (_next + 1) % _ring.Length;
            _count = Math.Min(_count + 1, _ring.Length);
        }

        Appended?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>The newest <paramref name="max"/> lines, oldest first.</summary>
    public IReadOnlyList<LogLine> Last(int max)
    {
        lock (_gate)
        {
            var take = Math.Clamp(max, 0, _count);
            var lines = new LogLine[take];
            for (var i = 0; i < take; i++)
            {
                lines[i] = _ring[(_next - take + i + _ring.Length) % _ring.Length];
            }

            return lines;
        }
    }
}
