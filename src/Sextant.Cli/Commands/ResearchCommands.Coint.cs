using System.CommandLine;
using System.Text.Json.Nodes;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Cli.Output;
using Spectre.Console;
using Symbol = Sextant.Core.Instruments.Symbol;

namespace Sextant.Cli.Commands;

internal static partial class ResearchCommands
{
    private static Command Coint(CliContext context)
    {
        var y = new Argument<string>("y") { Description = "Dependent symbol (the regression's y), e.g. BTCUSDT." };
        var x = new Argument<string>("x") { Description = "Independent symbol (x), e.g. ETHUSDT." };
        var shared = new Shared();
        var command = new Command("coint", "Engle–Granger cointegration test of y on x (statsmodels coint, constant, lag by AIC): statistic, p-value, critical values, hedge ratio, half-life.")
        {
            y, x,
        };
        shared.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var (data, range, interval, venue, log) = shared.Resolve(context, parse);
            var ky = new SeriesKey(venue, ParseSymbol(parse.GetValue(y)!), interval);
            var kx = new SeriesKey(venue, ParseSymbol(parse.GetValue(x)!), interval);
            var (ys, xs, first, last) = await AlignedAsync(data, ky, kx, range, log, ct);
            var r = Test(ys, xs);
            if (parse.GetValue(shared.Json))
            {
                var json = new JsonObject
                {
                    ["y"] = ky.ToString(),
                    ["x"] = kx.ToString(),
                    ["prices"] = log ? "log" : "level",
                    ["first"] = first.ToString(),
                    ["last"] = last.ToString(),
                    ["nobs"] = ys.Length,
                    ["statistic"] = Finite(r.Statistic),
                    ["pvalue"] = Finite(r.PValue),
                    ["critical_values"] = new JsonObject { ["1%"] = r.CriticalValues.OnePercent, ["5%"] = r.CriticalValues.FivePercent, ["10%"] = r.CriticalValues.TenPercent },
                    ["hedge_ratio"] = Finite(r.HedgeRatio),
                    ["intercept"] = Finite(r.Intercept),
                    ["used_lag"] = r.UsedLag,
                    ["half_life_bars"] = Finite(r.HalfLife),
                };
                await context.Output.WriteLineAsync(json.ToJsonString().AsMemory(), ct);
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded)
                .Title($"Engle–Granger: {(log ? "ln " : "")}{ky.Symbol} on {(log ? "ln " : "")}{kx.Symbol} ({venue}, {interval})")
                .AddColumn("").AddColumn(new TableColumn("value").RightAligned());
            void Row(string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));
            Row("sample", $"{first.ToDateTimeOffset():yyyy-MM-dd HH:mm} → {last.ToDateTimeOffset():yyyy-MM-dd HH:mm} UTC, {ys.Length:N0} common bars");
            Row("test statistic", F(r.Statistic, "0.########"));
            Row("p-value", F(r.PValue, "0.########"));
            Row("critical values 1% / 5% / 10%", $"{F(r.CriticalValues.OnePercent, "0.####")} / {F(r.CriticalValues.FivePercent, "0.####")} / {F(r.CriticalValues.TenPercent, "0.####")}");
            Row("hedge ratio β", F(r.HedgeRatio));
            Row("intercept α", F(r.Intercept));
            Row("lags (AIC)", r.UsedLag.ToString(Inv));
            Row("half-life (bars)", F(r.HalfLife, "0.##"));
            Row("verdict", r.PValue < 0.05 ? "cointegrated at 5%" : "not cointegrated at 5%");
            Terminal.For(context.Output).Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Symbol ParseSymbol(string text) =>
        Symbol.TryParse(text, out var symbol, out var error) ? symbol : throw new Backtest.Engine.BacktestException($"'{text}' is not a symbol: {error}");
}
