using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Sextant.Workloads;

/// <summary>
/// Wall-clock and thread CPU time of one measured piece. The machine these run on is shared, so a run can wait for a core:
/// the wall figure then grows but the thread's CPU time does not, and the two side by side show how much of a figure is
/// waiting. Figures are the best of several repetitions.
/// </summary>
internal readonly record struct Timing(TimeSpan Wall, TimeSpan Cpu)
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static Timing Min(Timing a, Timing b) => new(a.Wall < b.Wall ? a.Wall : b.Wall, a.Cpu < b.Cpu ? a.Cpu : b.Cpu);

    public static Timing Infinite => new(TimeSpan.MaxValue, TimeSpan.MaxValue);

    /// <summary>The calling thread's CPU time so far (Linux); zero elsewhere.</summary>
    public static TimeSpan ThreadCpu()
    {
        if (!OperatingSystem.IsLinux() || clock_gettime(ThreadCpuClock, out var now) != 0)
        {
            return TimeSpan.Zero;
        }

        return TimeSpan.FromTicks((now.Seconds * TimeSpan.TicksPerSecond) + (now.Nanoseconds / 100));
    }

    /// <summary>Times <paramref name="action"/> once.</summary>
    public static Timing Of(Action action)
    {
        var cpu = ThreadCpu();
        var watch = Stopwatch.StartNew();
        action();
        return new Timing(watch.Elapsed, ThreadCpu() - cpu);
    }

    /// <summary>Nanoseconds per item, wall and CPU, e.g. <c>12.3 ns (CPU 11.9 ns)</c>.</summary>
    public string PerItem(long items) =>
        $"{Wall.TotalMilliseconds * 1e6 / items:N1} ns (CPU {Cpu.TotalMilliseconds * 1e6 / items:N1} ns)";

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
