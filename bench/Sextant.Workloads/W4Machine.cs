using System.Globalization;

namespace Sextant.Workloads;

/// <summary>What the emulator's probe recorded: when each kline was handed to a stream socket, when each order's request arrived (Stopwatch ticks).</summary>
internal sealed record W4Probe(IReadOnlyDictionary<(string Symbol, long OpenMs), long> Sent, IReadOnlyDictionary<string, long> Received);

/// <summary>One process's runtime counters: collections, time paused, methods compiled, bytes allocated.</summary>
internal readonly record struct RuntimeCounters(int Gen0, int Gen1, int Gen2, double PauseMs, long Jit, long Allocated)
{
    public static RuntimeCounters Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
        GC.GetTotalPauseDuration().TotalMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount(), GC.GetTotalAllocatedBytes());

    public string Text() => string.Create(CultureInfo.InvariantCulture, $"{Gen0} {Gen1} {Gen2} {PauseMs} {Jit} {Allocated}");

    public static RuntimeCounters Parse(string text)
    {
        var p = text.Split(' ');
        return new(int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture), int.Parse(p[2], CultureInfo.InvariantCulture),
            double.Parse(p[3], CultureInfo.InvariantCulture), long.Parse(p[4], CultureInfo.InvariantCulture), long.Parse(p[5], CultureInfo.InvariantCulture));
    }

    public string Since(RuntimeCounters before) => string.Create(CultureInfo.InvariantCulture,
        $"{Gen0 - before.Gen0 + Gen1 - before.Gen1 + Gen2 - before.Gen2} collection(s) (gen0/1/2 {Gen0 - before.Gen0}/{Gen1 - before.Gen1}/{Gen2 - before.Gen2}) paused {PauseMs - before.PauseMs:N1} ms, {Jit - before.Jit:N0} method(s) compiled, {(Allocated - before.Allocated) / 1e6:N0} MB allocated");
}

/// <summary>
/// The engine's and the venue's runtime counters and the machine's CPU time at one moment; the difference of two says what
/// ran besides the measured path. CPU figures come from /proc (Linux; zero elsewhere): the machine's busy time less this
/// process's and the venue process's is what other processes took from the shared cores.
/// </summary>
internal sealed record Machine(RuntimeCounters Engine, RuntimeCounters Venue, bool VenueInProcess, long BusyTicks, long StealTicks, long OwnTicks, long WallTicks)
{
    public long EngineJit => Engine.Jit;

    public long VenueJit => Venue.Jit;

    public static async Task<Machine> SnapshotAsync(W4Venue venue)
    {
        var (counters, pid) = await venue.StatsAsync();
        var (busy, steal) = MachineTicks();
        var own = ProcessTicks(Environment.ProcessId) + (pid == Environment.ProcessId ? 0 : ProcessTicks(pid));
        return new Machine(RuntimeCounters.Now(), counters, pid == Environment.ProcessId, busy, steal, own, Environment.TickCount64);
    }

    public static string Describe(Machine before, Machine after)
    {
        var wallSeconds = (after.WallTicks - before.WallTicks) / 1000.0;
        var capacity = wallSeconds * Environment.ProcessorCount * 100; // USER_HZ ticks the cores had
        var others = Math.Max(0, (after.BusyTicks - before.BusyTicks) - (after.OwnTicks - before.OwnTicks));
        var venue = after.VenueInProcess ? "the venue runs in the engine's process" : "venue process: " + after.Venue.Since(before.Venue);
        return string.Create(CultureInfo.InvariantCulture,
            $"W4: while measured ({wallSeconds:N1} s): engine process: {after.Engine.Since(before.Engine)}; {venue}; other processes took {(capacity > 0 ? 100 * others / capacity : 0):N1}% of the {Environment.ProcessorCount} cores, steal {(capacity > 0 ? 100 * (after.StealTicks - before.StealTicks) / capacity : 0):N1}%");
    }

    /// <summary>Busy (everything but idle and iowait) and steal ticks of all cores, from /proc/stat.</summary>
    private static (long Busy, long Steal) MachineTicks()
    {
        if (!File.Exists("/proc/stat"))
        {
            return (0, 0);
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal ...
        return (fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7], fields[7]);
    }

    /// <summary>User plus system ticks of a process and its threads, from /proc/PID/stat.</summary>
    private static long ProcessTicks(int pid)
    {
        var path = $"/proc/{pid}/stat";
        if (!File.Exists(path))
        {
            return 0;
        }

        var text = File.ReadAllText(path);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture); // utime, stime (fields 14, 15)
    }
}
