using Sextant.Cli;
using Sextant.Config.Loading;

return await SextantApp.RunAsync(args, new CliContext(Console.Out, Console.Error, ConfigLoadOptions.ProcessEnvironment(), Directory.GetCurrentDirectory()));
