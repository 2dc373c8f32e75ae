namespace Sextant.Data.Store;

/// <summary>
/// The part of Thrift's compact protocol a Parquet page header needs: field headers, zigzag varints, and skipping any value.
/// Reads a span; running past its end throws <see cref="InvalidDataException"/> (a truncated or corrupt page header).
/// </summary>
internal ref struct ThriftCompactReader(ReadOnlySpan<byte> data)
{
    public const byte Stop = 0, True = 1, False = 2, Byte = 3, I16 = 4, I32 = 5, I64 = 6, Double = 7, Binary = 8, List = 9, Set = 10, Map = 11, Struct = 12;

    private readonly ReadOnlySpan<byte> _data = data;
    private short _lastField;

    public int Position { get; private set; }

    /// <summary>The next field of the current struct: its id and compact type; type <see cref="Stop"/> at the end of the struct.</summary>
    public (short Id, byte Type) NextField()
    {
        var header = ReadByte();
        var type = (byte)(header & 0x0F);
        if (type == Stop)
        {
            return (0, Stop);
        }

        var delta = header >> 4;
        _lastField = delta == 0 ? (short)Zigzag(ReadVarint()) : (short)(_lastField + delta);
        return (_lastField, type);
    }

    public int ReadI32() => checked((int)Zigzag(ReadVarint()));

    public long ReadI64() => Zigzag(ReadVarint());

    /// <summary>Enters a nested struct: field ids restart; returns the outer struct's last id for <see cref="EndStruct"/>.</summary>
    public short BeginStruct()
    {
        var outer = _lastField;
        _lastField = 0;
        return outer;
    }

    public void EndStruct(short outer) => _lastField = outer;

    /// <summary>Skips a value of compact <paramref name="type"/> (a boolean field's value is in its type, so nothing is read).</summary>
    public void Skip(byte type, int depth = 0)
    {
        if (depth > 32)
        {
            throw new InvalidDataException("Thrift structure nested too deeply");
        }

        switch (type)
        {
            case True or False:
                break;
            case Byte:
                ReadByte();
                break;
            case I16 or I32 or I64:
                ReadVarint();
                break;
            case Double:
                Advance(8);
                break;
            case Binary:
                Advance(checked((int)ReadVarint()));
                break;
            case List or Set:
                var header = ReadByte();
                var size = header >> 4 == 15 ? checked((int)ReadVarint()) : header >> 4;
                var element = (byte)(header & 0x0F);
                for (var i = 0; i < size; i++)
                {
                    if (element is True or False)
                    {
                        ReadByte();
                    }
                    else
                    {
                        Skip(element, depth + 1);
                    }
                }

                break;
            case Map:
                var entries = checked((int)ReadVarint());
                if (entries > 0)
                {
                    var kinds = ReadByte();
                    for (var i = 0; i < entries; i++)
                    {
                        Skip((byte)(kinds >> 4), depth + 1);
                        Skip((byte)(kinds & 0x0F), depth + 1);
                    }
                }

                break;
            case Struct:
                var outer = BeginStruct();
                for (var (_, t) = NextField(); t != Stop; (_, t) = NextField())
                {
                    Skip(t, depth + 1);
                }

                EndStruct(outer);
                break;
            default:
                throw new InvalidDataException($"Unknown Thrift compact type {type}");
        }
    }

    private byte ReadByte() => Position < _data.Length ? _data[Position++] : throw new InvalidDataException("Page header ends early");

    private void Advance(int count)
    {
        if (count < 0 || Position + count > _data.Length)
        {
            throw new InvalidDataException("Page header ends early");
        }

        Position += count;
    }

    private ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new InvalidDataException("Varint longer than 10 bytes");
    }

    private static long Zigzag(ulong n) => (long)(n >> 1) ^ -(long)(n & 1);
}
