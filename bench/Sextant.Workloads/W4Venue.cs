using System.Diagnostics;
using System.Globalization;
using Sextant.Emulator;

namespace Sextant.Workloads;

/// <summary>
/// W4's venue: the exchange emulator with its replay clock stopped and a latency probe, in a process of its own (as a
/// real venue is: its threads, collections and JIT do not run inside the engine's process) or, for comparison, in the
/// engine's process. The probe's timestamps are <see cref="Stopwatch"/> ticks, the machine's monotonic clock, so they
/// compare across the two processes.
/// </summary>
internal abstract class W4Venue : IAsyncDisposable
{
    public abstract Uri BaseUrl { get; }

    public abstract string Key { get; }

    public abstract string Secret { get; }

    public abstract string Where { get; }

    /// <summary>Reveals the next bar of every series (it goes out on the streams).</summary>
    public abstract void Step();

    /// <summary>When each kline was handed to a stream socket, and when each order's request arrived (Stopwatch ticks).</summary>
    public abstract Task<W4Probe> ProbeAsync();

    /// <summary>The venue process's runtime counters and its process id.</summary>
    public abstract Task<(RuntimeCounters Counters, int Pid)> StatsAsync();

    public abstract ValueTask DisposeAsync();

    public static EmulatorOptions Options(LatencyProbe probe, bool inline) =>
        new() { Port = 0, Speed = 0, History = 20, Probe = probe, RequestWeightLimit = null, InlineScheduling = inline };

    public static async Task<W4Venue> StartAsync(bool inProcess) => inProcess ? await InProcess.StartAsync() : await OutOfProcess.StartAsync();

    /// <summary>
    /// The child's side (<c>Sextant.Workloads w4-venue</c>): prints its address and test credentials, then reads commands
    /// on standard input until it closes: <c>step</c>, <c>stats</c> (its runtime counters and process id), <c>probe</c>
    /// (writes the timestamps, then <c>end</c>), <c>quit</c>.
    /// </summary>
    public static async Task ServeAsync()
    {
        var probe = new LatencyProbe();
        await using var host = await EmulatorHost.StartAsync(Options(probe, inline: true));
        Console.WriteLine($"venue {host.BaseUrl} {host.Options.Key} {host.Options.Secret}");
        while (Console.ReadLine() is { } command && command != "quit")
        {
            if (command == "step")
            {
                host.Control.Step();
                continue;
            }

            if (command == "stats")
            {
                Console.WriteLine(RuntimeCounters.Now().Text() + " " + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            foreach (var ((symbol, openMs), ticks) in probe.BarsSent)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sent {symbol} {openMs} {ticks}"));
            }

            foreach (var (id, ticks) in probe.OrdersReceived)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"received {id} {ticks}"));
            }

            Console.WriteLine("end");
        }
    }

    private sealed class InProcess(EmulatorHost host, LatencyProbe probe) : W4Venue
    {
        public override Uri BaseUrl => host.BaseUrl;

        public override string Key => host.Options.Key;

        public override string Secret => host.Options.Secret;

        public override string Where => "in the engine's process";

        public static async Task<W4Venue> StartAsync()
        {
            var probe = new LatencyProbe();
            return new InProcess(await EmulatorHost.StartAsync(Options(probe, inline: false)), probe);
        }

        public override void Step() => host.Control.Step();

        public override Task<W4Probe> ProbeAsync() => Task.FromResult(new W4Probe(probe.BarsSent, probe.OrdersReceived));

        public override Task<(RuntimeCounters Counters, int Pid)> StatsAsync() => Task.FromResult((RuntimeCounters.Now(), Environment.ProcessId));

        public override ValueTask DisposeAsync() => host.DisposeAsync();
    }

    private sealed class OutOfProcess(Process process, Uri baseUrl, string key, string secret) : W4Venue
    {
        public override Uri BaseUrl => baseUrl;

        public override string Key => key;

        public override string Secret => secret;

        public override string Where => "in a process of its own";

        public static async Task<W4Venue> StartAsync()
        {
            var self = typeof(W4Venue).Assembly.Location;
            var host = Environment.ProcessPath!;
            var start = new ProcessStartInfo(host) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(host) == "dotnet")
            {
                start.ArgumentList.Add(self);
            }

            start.ArgumentList.Add("w4-venue");

            // The venue's sockets complete on their event threads and Kestrel handles requests there: its share of the
            // measured time is the venue's, not the engine's, so it is kept small (one thread wake fewer per message).
            start.Environment["DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS"] = "1";

            var process = Process.Start(start)!;
            var line = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the venue process ended before it listened");
            var parts = line.Split(' ');
            return new OutOfProcess(process, new Uri(parts[1]), parts[2], parts[3]);
        }

        public override void Step()
        {
            process.StandardInput.WriteLine("step");
            process.StandardInput.Flush();
        }

        public override async Task<(RuntimeCounters Counters, int Pid)> StatsAsync()
        {
            await process.StandardInput.WriteLineAsync("stats");
            await process.StandardInput.FlushAsync();
            var line = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the venue process ended");
            var last = line.LastIndexOf(' ');
            return (RuntimeCounters.Parse(line[..last]), int.Parse(line[(last + 1)..], CultureInfo.InvariantCulture));
        }

        public override async Task<W4Probe> ProbeAsync()
        {
            await process.StandardInput.WriteLineAsync("probe");
            await process.StandardInput.FlushAsync();
            var sent = new Dictionary<(string, long), long>();
            var received = new Dictionary<string, long>(StringComparer.Ordinal);
            while (await process.StandardOutput.ReadLineAsync() is { } line && line != "end")
            {
                var parts = line.Split(' ');
                if (parts[0] == "sent")
                {
                    sent[(parts[1], long.Parse(parts[2], CultureInfo.InvariantCulture))] = long.Parse(parts[3], CultureInfo.InvariantCulture);
                }
                else
                {
                    received[parts[1]] = long.Parse(parts[2], CultureInfo.InvariantCulture);
                }
            }

            return new W4Probe(sent, received);
        }

        public override async ValueTask DisposeAsync()
        {
            await process.StandardInput.WriteLineAsync("quit");
            await process.StandardInput.FlushAsync();
            await process.WaitForExitAsync();
            process.Dispose();
        }
    }
}
