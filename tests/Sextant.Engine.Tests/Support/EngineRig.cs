using Sextant.Config.Loading;
using Sextant.Config.Schema;
using Sextant.Emulator;
using Sextant.Engine.Journal;
using Sextant.Engine.Running;

namespace Sextant.Engine.Tests.Support;

/// <summary>
/// The exchange emulator on 127.0.0.1 (its replay clock stopped: a test reveals bars with <see cref="Step"/>) and a scratch
/// folder for configs and journals. Configs are real YAML loaded by the real loader; <c>{url}</c> and <c>{dir}</c> are
/// replaced by the emulator's address and the scratch folder.
/// </summary>
internal sealed class EngineRig : IAsyncDisposable
{
    private EngineRig(EmulatorHost host, string dir)
    {
        Host = host;
        Dir = dir;
        Environment = new Dictionary<string, string>
        {
            ["EMU_KEY"] = host.Options.Key,
            ["EMU_SECRET"] = host.Options.Secret,
        };
    }

    public EmulatorHost Host { get; }

    public string Dir { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public string JournalFile(EngineMode mode = EngineMode.Live) => Path.Combine(Dir, "journal", mode == EngineMode.Live ? "live.jsonl" : "paper.jsonl");

    public static async Task<EngineRig> StartAsync(int history = 500)
    {
        var host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 0, History = history });
        var dir = Path.Combine(Path.GetTempPath(), "sextant-engine-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return new EngineRig(host, dir);
    }

    public SextantConfig Config(string yaml, params string[] sets)
    {
        var path = Path.Combine(Dir, "config-" + Guid.NewGuid().ToString("N")[..8] + ".yaml");
        File.WriteAllText(path, yaml.Replace("{url}", Host.BaseUrl.ToString(), StringComparison.Ordinal).Replace("{dir}", Dir, StringComparison.Ordinal));
        return ConfigLoader.Load(new ConfigLoadOptions { File = path, Environment = Environment, Sets = sets, DisplayRoot = Dir }).Config;
    }

    public RunningEngine Run(SextantConfig config, bool live = true) => RunningEngine.Start(new EngineOptions
    {
        Config = config,
        Root = Dir,
        Environment = Environment,
        Log = new StringWriter(), // the engine writes under a lock on the writer; RunningEngine reads under the same lock
        LiveConfirmed = live,
        TickInterval = TimeSpan.FromMilliseconds(100),
    });

    public IReadOnlyList<JournalEntry> Journal(EngineMode mode = EngineMode.Live) =>
        File.Exists(JournalFile(mode)) ? OrderJournal.Read(JournalFile(mode)) : [];

    /// <summary>Reveals the next <paramref name="bars"/> bars of every series, one at a time, so each goes out on the streams in order.</summary>
    public void Step(int bars = 1) => Host.Control.Step(bars);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }

    /// <summary>Waits for <paramref name="condition"/> (checked every 20 ms, up to 30 s), failing with <paramref name="what"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("waited in vain for " + what);
            }

            await Task.Delay(20);
        }
    }
}
