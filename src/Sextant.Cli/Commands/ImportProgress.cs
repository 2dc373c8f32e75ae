using System.Globalization;
using Sextant.Data.Csv;

namespace Sextant.Cli.Commands;

/// <summary>
/// Progress of a large import on standard error: one line rewritten in place in a terminal, plain lines every 10% when redirected
/// (Spectre's live progress prints nothing when redirected). Files under 16 MB get none.
/// </summary>
internal sealed class ImportProgress(TextWriter error, bool interactive) : IProgress<CsvImportProgress>
{
    private const long LargeFile = 16L << 20;
    private int _lastDecile = -1;

    public static IProgress<CsvImportProgress>? For(CliContext context, long fileLength) =>
        fileLength < LargeFile ? null : new ImportProgress(context.Error, ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected);

    public void Report(CsvImportProgress value)
    {
        var percent = value.BytesTotal > 0 ? (int)(100 * value.BytesRead / value.BytesTotal) : 0;
        var text = string.Create(CultureInfo.InvariantCulture, $"importing: {percent,3}% ({value.Rows:N0} rows)");
        if (interactive)
        {
            error.Write("\r" + text + (percent >= 100 ? "\n" : ""));
        }
        else if (percent / 10 > _lastDecile)
        {
            _lastDecile = percent / 10;
            error.WriteLine(text);
        }
    }
}
