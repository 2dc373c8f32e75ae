using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sextant.Cli.Hosting;
using Sextant.Config.Display;
using Sextant.Config.Validation;

namespace Sextant.Cli.Commands;

/// <summary><c>sextant config show|validate</c>.</summary>
internal static class ConfigCommands
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Build(CliContext context)
    {
        var config = new Command("config", "Inspect and check configuration files.");
        config.Subcommands.Add(Show(context));
        config.Subcommands.Add(Validate(context));
        return config;
    }

    private static Command Show(CliContext context)
    {
        var file = new Argument<string?>("config") { Description = $"Config file (default: {ProjectLayout.DefaultConfig}).", Arity = ArgumentArity.ZeroOrOne };
        var set = CommonOptions.Set();
        var json = CommonOptions.Json();
        var command = new Command("show", "Print the effective configuration after every layer (defaults ◄ base ◄ file ◄ environment ◄ --set) and where each value came from.")
        {
            file, set, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var loaded = CommonOptions.Load(context, parse.GetValue(file), parse.GetValue(set) ?? [], checkSecrets: false);
            if (parse.GetValue(json))
            {
                var origins = new JsonObject();
                foreach (var (path, origin) in loaded.Origins.OrderBy(o => o.Key, StringComparer.Ordinal))
                {
                    origins[path.Length == 0 ? "." : path] = origin.ToString();
                }

                var document = new JsonObject
                {
                    ["files"] = new JsonArray(loaded.Files.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()),
                    ["config"] = ConfigJson.ToJson(loaded.Config),
                    ["origins"] = origins,
                };
                await context.Output.WriteLineAsync(document.ToJsonString(Indented).AsMemory(), ct);
            }
            else
            {
                await context.Output.WriteAsync(ConfigPrinter.ToYaml(loaded, context.Environment).AsMemory(), ct);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Validate(CliContext context)
    {
        var files = new Argument<string[]>("configs") { Description = $"Config files to check (default: {ProjectLayout.DefaultConfig}).", Arity = ArgumentArity.ZeroOrMore };
        var set = CommonOptions.Set();
        var json = CommonOptions.Json();
        var command = new Command("validate", "Check config files: syntax, unknown keys, types, ranges, consistency and required secrets. Lists every problem; exit code 2 if any.")
        {
            files, set, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var given = parse.GetValue(files) is { Length: > 0 } list ? list.Select(f => (string?)f).ToArray() : [null];
            var results = new JsonArray();
            var failed = 0;
            foreach (var file in given)
            {
                var name = file ?? ProjectLayout.DefaultConfig;
                try
                {
                    var loaded = CommonOptions.Load(context, file, parse.GetValue(set) ?? [], checkSecrets: true);
                    var summary = $"{loaded.Config.Strategies.Count} strateg{(loaded.Config.Strategies.Count == 1 ? "y" : "ies")}, brokers: {(loaded.Config.Brokers.Count == 0 ? "none" : string.Join(", ", loaded.Config.Brokers.Keys))}";
                    results.Add(new JsonObject { ["file"] = name, ["valid"] = true, ["problems"] = new JsonArray() });
                    if (!parse.GetValue(json))
                    {
                        await context.Output.WriteLineAsync($"ok  {name} ({summary})".AsMemory(), ct);
                    }
                }
                catch (ConfigException ex)
                {
                    failed++;
                    results.Add(new JsonObject
                    {
                        ["file"] = name,
                        ["valid"] = false,
                        ["problems"] = new JsonArray(ex.Problems.Select(p => (JsonNode?)new JsonObject
                        {
                            ["location"] = p.Origin?.ToString(),
                            ["path"] = p.Path,
                            ["message"] = p.Message,
                        }).ToArray()),
                    });
                    if (!parse.GetValue(json))
                    {
                        await context.Error.WriteLineAsync($"FAIL {name}: {ex.Message}".AsMemory(), ct);
                    }
                }
            }

            if (parse.GetValue(json))
            {
                await context.Output.WriteLineAsync(results.ToJsonString(Indented).AsMemory(), ct);
            }

            return failed == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return command;
    }
}
