using Sextant.Workloads;

var which = args.Length > 0 ? args[0].ToLowerInvariant() : "all";
var quick = args.Contains("--quick");
switch (which)
{
    case "orders":
        OrderPath.Run();
        break;
    case "steps":
        Profile.Steps(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        break;
    case "loops":
        Profile.Loops(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Contains("--idle"));
        break;
    case "allocs":
        Allocations.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        break;
    case "profile":
        Profile.Run();
        break;
    case "w1":
        await W1.RunAsync(quick, args.SkipWhile(a => a != "--repeat").Skip(1).Select(int.Parse).Cast<int?>().FirstOrDefault() ?? 5);
        break;
    case "w2":
        W2.Run(quick);
        break;
    case "w3":
        W3.Run(quick, args.SkipWhile(a => a != "--combos").Skip(1).Select(int.Parse).Cast<int?>().FirstOrDefault());
        break;
    case "w4":
        await W4.RunAsync(quick, durable: args.Contains("--fsync"), inProcess: args.Contains("--in-process"));
        break;
    case "w4-venue":
        await W4Venue.ServeAsync();
        break;
    case "all":
        await W1.RunAsync(quick);
        W2.Run(quick);
        W3.Run(quick);
        await W4.RunAsync(quick, durable: false, inProcess: false);
        break;
    default:
        Console.Error.WriteLine("usage: Sextant.Workloads [w1|w2|w3|w4|all] [--quick] [--repeat N (w1)] [--combos N (w3)] [--fsync (w4: journal_sync: before_action)] [--in-process (w4: the emulator in the engine's process)]");
        Console.Error.WriteLine("       Sextant.Workloads loops N [--idle] | allocs N | orders | profile | steps level|log N   (the W1 loop taken apart, for perf)");
        Console.Error.WriteLine("       SEXTANT_W4_ALLOCS=1 Sextant.Workloads w4   (also prints what the engine allocates per bar, by type)");
        return 2;
}

return 0;
