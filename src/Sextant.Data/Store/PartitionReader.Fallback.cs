using System.Buffers;
using Sextant.Core.Time;

namespace Sextant.Data.Store;

internal sealed partial class PartitionReader
{
    /// <summary>The general path for files this reader does not decode itself, and the retry after a direct decode gave up.</summary>
    private async Task ReadThroughParquetNetAsync(Memory<UnixNanos> times, Memory<double>[] prices, CancellationToken cancellationToken)
    {
        var dates = ArrayPool<DateTime>.Shared.Rent(Rows);
        try
        {
            var offset = 0;
            for (var g = 0; g < _parquet.RowGroupCount; g++)
            {
                using var group = _parquet.OpenRowGroupReader(g);
                var rows = checked((int)group.RowCount);
                await group.ReadAsync<DateTime>(Fields[0], dates.AsMemory(offset, rows), null, cancellationToken);
                for (var c = 0; c < prices.Length; c++)
                {
                    await group.ReadAsync<double>(Fields[c + 1], prices[c].Slice(offset, rows), null, cancellationToken);
                }

                offset += rows;
            }

            var span = times.Span;
            for (var i = 0; i < Rows; i++)
            {
                span[i] = new UnixNanos((dates[i].Ticks - DateTime.UnixEpoch.Ticks) * 100);
            }
        }
        finally
        {
            ArrayPool<DateTime>.Shared.Return(dates);
        }
    }
}
