using BenchmarkDotNet.Running;
using Sextant.Benchmarks.Workloads;

// `-- store` runs the end-to-end store/import workload and prints figures; anything else goes to BenchmarkDotNet
// (e.g. `-- --filter *Store* --job short`). Never run by .ci/run.
if (args is ["store", ..])
{
    return await StoreWorkload.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
}

BenchmarkSwitcher.FromAssembly(typeof(StoreWorkload).Assembly).Run(args);
return 0;
