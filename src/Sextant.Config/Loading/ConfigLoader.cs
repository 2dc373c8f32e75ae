using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Config.Binding;
using Sextant.Config.Schema;
using Sextant.Config.Tree;
using Sextant.Config.Validation;

namespace Sextant.Config.Loading;

/// <summary>
/// Loads a configuration through its hierarchy: built-in defaults ◄ base file ◄ chosen file (and the files it
/// <c>extends:</c>) ◄ environment variables <c>SEXTANT__SECTION__KEY</c> ◄ <c>--set path=value</c>.
/// Every problem (syntax, unknown keys, wrong types, ranges, missing secrets) is collected and thrown once as a <see cref="ConfigException"/>.
/// </summary>
public static class ConfigLoader
{
    /// <summary>The name of the base file looked for beside and above the chosen file.</summary>
    public const string BaseFileName = "base.yaml";

    private const string ExtendsKey = "extends";

    /// <summary>Loads and validates; throws <see cref="ConfigException"/> listing every problem.</summary>
    public static LoadedConfig Load(ConfigLoadOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        logger ??= NullLogger.Instance;
        var problems = new List<ConfigProblem>();
        var files = new FileLayers(options.DisplayRoot ?? Directory.GetCurrentDirectory(), problems);

        var chosen = options.File is null ? [] : files.LoadChain(Path.GetFullPath(options.File), null);
        var basePath = options.BaseFile is { } explicitBase ? Path.GetFullPath(explicitBase) : FindBase(options.File);
        var layers = basePath is null || chosen.Any(l => l.FullPath == basePath)
            ? chosen
            : files.LoadChain(basePath, null).Concat(chosen).ToList();

        var root = new MapNode(ConfigOrigin.Default);
        foreach (var layer in layers)
        {
            root = (MapNode)TreeMerger.Merge(root, layer.Root);
        }

        var overrides = ApplyEnvironment(root, options.Environment, problems, logger) + ApplySets(root, options.Sets, problems, logger);

        var origins = new Dictionary<string, ConfigOrigin>(StringComparer.Ordinal);
        var config = new ConfigBinder(problems, origins).Bind<SextantConfig>(root);
        foreach (var problem in config.Validate(string.Empty))
        {
            problems.Add(problem with { Origin = problem.Origin ?? Locate(origins, problem.Path) });
        }

        if (options.CheckSecrets)
        {
            problems.AddRange(MissingSecrets(config, options.Environment, origins));
        }

        if (problems.Count > 0)
        {
            Log.Rejected(logger, problems.Count);
            throw new ConfigException(problems);
        }

        var names = layers.Select(l => l.DisplayName).ToList();
        Log.Loaded(logger, names.Count == 0 ? "defaults only" : string.Join(" ◄ ", names), overrides);
        return new LoadedConfig(config, origins, names);
    }

    /// <summary>The nearest <c>base.yaml</c> in the folder of <paramref name="file"/> or a parent folder; null when there is none.</summary>
    public static string? FindBase(string? file)
    {
        if (file is null)
        {
            return null;
        }

        for (var dir = Path.GetDirectoryName(Path.GetFullPath(file)); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var candidate = Path.Combine(dir, BaseFileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static int ApplyEnvironment(MapNode root, IReadOnlyDictionary<string, string> environment, List<ConfigProblem> problems, ILogger logger)
    {
        var count = 0;
        foreach (var (name, value) in environment.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!name.StartsWith(ConfigPath.EnvironmentPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var origin = ConfigOrigin.FromEnvironment(name);
            if (ConfigPath.FromEnvironmentVariable(name) is not { } path)
            {
                problems.Add(new ConfigProblem(string.Empty, "cannot be read as a config path; write SEXTANT__SECTION__KEY, with __ between keys and list indexes", origin));
                continue;
            }

            TreeMerger.SetPath(root, path, YamlTreeReader.ReadValue(value, origin, problems), origin, problems);
            Log.Override(logger, origin.Source);
            count++;
        }

        return count;
    }

    private static int ApplySets(MapNode root, IReadOnlyList<string> sets, List<ConfigProblem> problems, ILogger logger)
    {
        foreach (var set in sets)
        {
            var origin = ConfigOrigin.FromCommandLine(set);
            var equals = set.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                problems.Add(new ConfigProblem(string.Empty, "expected path=value, e.g. --set strategies[0].entry_z=2.5", origin));
                continue;
            }

            if (ConfigPath.TryParse(set[..equals].Trim(), out var error) is not { } path)
            {
                problems.Add(new ConfigProblem(string.Empty, error!, origin));
                continue;
            }

            TreeMerger.SetPath(root, path, YamlTreeReader.ReadValue(set[(equals + 1)..], origin, problems), origin, problems);
            Log.Override(logger, origin.Source);
        }

        return sets.Count;
    }

    private static IEnumerable<ConfigProblem> MissingSecrets(SextantConfig config, IReadOnlyDictionary<string, string> environment, Dictionary<string, ConfigOrigin> origins)
    {
        if (config.Engine.Mode == EngineMode.Backtest)
        {
            yield break;
        }

        foreach (var (name, broker) in config.Brokers)
        {
            if (!broker.Enabled || !broker.NeedsCredentials(name))
            {
                continue;
            }

            foreach (var (key, variable) in new[] { ("api_key_env", broker.ApiKeyEnv), ("api_secret_env", broker.ApiSecretEnv) })
            {
                if (variable is not null && !Secrets.IsSet(environment, variable))
                {
                    var path = Check.Path(Check.Path("brokers", name), key);
                    yield return new ConfigProblem(path, $"environment variable {variable} is not set; export it before starting (its value is never printed)", Locate(origins, path));
                }
            }
        }
    }

    /// <summary>The origin of <paramref name="path"/>, or of its nearest ancestor that was written somewhere.</summary>
    private static ConfigOrigin? Locate(Dictionary<string, ConfigOrigin> origins, string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (origins.TryGetValue(p, out var origin) && origin.Layer != ConfigLayer.Default)
            {
                return origin;
            }
        }

        return null;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }

    private sealed record Layer(string FullPath, string DisplayName, MapNode Root);

    private sealed class FileLayers(string displayRoot, List<ConfigProblem> problems)
    {
        public List<Layer> LoadChain(string fullPath, ConfigOrigin? referencedFrom)
        {
            var chain = new List<Layer>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var next = fullPath;
            var from = referencedFrom;
            while (next is not null)
            {
                if (!seen.Add(next))
                {
                    problems.Add(new ConfigProblem(ExtendsKey, $"'{Display(next)}' is extended twice; remove the cycle", from));
                    break;
                }

                var layer = Read(next, from);
                if (layer is null)
                {
                    break;
                }

                chain.Insert(0, layer);
                next = null;
                if (layer.Root.Remove(ExtendsKey) is { } extends)
                {
                    from = extends.Origin;
                    if (extends is ScalarNode { Value: { } parent })
                    {
                        next = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(layer.FullPath)!, parent));
                    }
                    else
                    {
                        problems.Add(new ConfigProblem(ExtendsKey, "expected the path of another config file, relative to this one", extends.Origin));
                    }
                }
            }

            return chain;
        }

        private Layer? Read(string fullPath, ConfigOrigin? referencedFrom)
        {
            var display = Display(fullPath);
            string text;
            try
            {
                text = File.ReadAllText(fullPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var reason = ex is FileNotFoundException or DirectoryNotFoundException ? "not found" : ex.Message;
                problems.Add(new ConfigProblem(string.Empty, $"cannot read config file {display}: {reason}", referencedFrom));
                return null;
            }

            var node = YamlTreeReader.Read(text, display, problems);
            switch (node)
            {
                case null or ScalarNode { Value: null }:
                    return new Layer(fullPath, display, new MapNode(ConfigOrigin.InFile(display, 1, 1)));
                case MapNode map:
                    return new Layer(fullPath, display, map);
                default:
                    problems.Add(new ConfigProblem(string.Empty, $"a config file must be a mapping of sections (engine:, strategies:, ...), found {node.KindName}", node.Origin));
                    return null;
            }
        }

        private string Display(string fullPath)
        {
            var relative = Path.GetRelativePath(displayRoot, fullPath);
            return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
        }
    }
}
