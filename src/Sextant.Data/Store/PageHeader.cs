namespace Sextant.Data.Store;

/// <summary>The fields of a Parquet page header (parquet.thrift <c>PageHeader</c>, with its data page v1/v2 parts) that decoding needs.</summary>
internal readonly record struct PageHeader(int Type, int UncompressedSize, int CompressedSize, int Values, int Encoding, int LevelBytes, bool IsCompressed, int HeaderLength)
{
    public const int DataPage = 0, DictionaryPage = 2, DataPageV2 = 3;
    public const int Plain = 0;

    /// <summary>Parses the header at the start of <paramref name="data"/>; throws <see cref="InvalidDataException"/> when it is cut short or malformed.</summary>
    public static PageHeader Read(ReadOnlySpan<byte> data)
    {
        var r = new ThriftCompactReader(data);
        int type = -1, uncompressed = -1, compressed = -1, values = -1, encoding = -1, levelBytes = 0;
        var isCompressed = true;
        for (var (id, t) = r.NextField(); t != ThriftCompactReader.Stop; (id, t) = r.NextField())
        {
            switch (id)
            {
                case 1 when t == ThriftCompactReader.I32: type = r.ReadI32(); break;
                case 2 when t == ThriftCompactReader.I32: uncompressed = r.ReadI32(); break;
                case 3 when t == ThriftCompactReader.I32: compressed = r.ReadI32(); break;
                case 5 or 8 when t == ThriftCompactReader.Struct:
                    var outer = r.BeginStruct();
                    for (var (f, ft) = r.NextField(); ft != ThriftCompactReader.Stop; (f, ft) = r.NextField())
                    {
                        switch (id, f)
                        {
                            case (5 or 8, 1) when ft == ThriftCompactReader.I32: values = r.ReadI32(); break;
                            case (5, 2) or (8, 4) when ft == ThriftCompactReader.I32: encoding = r.ReadI32(); break;
                            case (8, 5 or 6) when ft == ThriftCompactReader.I32: levelBytes += r.ReadI32(); break;
                            case (8, 7) when ft is ThriftCompactReader.True or ThriftCompactReader.False: isCompressed = ft == ThriftCompactReader.True; break;
                            default: r.Skip(ft); break;
                        }
                    }

                    r.EndStruct(outer);
                    break;
                default: r.Skip(t); break;
            }
        }

        if (type < 0 || uncompressed < 0 || compressed < 0)
        {
            throw new InvalidDataException("Page header lacks its type or sizes");
        }

        return new PageHeader(type, uncompressed, compressed, values, encoding, levelBytes, isCompressed, r.Position);
    }
}
