using System.Runtime.InteropServices;
using ZstdSharp;

namespace Sextant.Data.Store;

/// <summary>
/// Decompresses one zstd frame into a destination span. Uses the system's libzstd when it can be loaded (on Debian it is
/// <c>libzstd1</c>, which dpkg and apt themselves need), because it decodes about a fifth faster than the managed port; otherwise, or
/// when <see cref="ManagedOnly"/> is set, ZstdSharp (the decoder Parquet.Net uses). Both produce the same bytes (a test checks it).
/// One decompression context per thread, reused.
/// </summary>
internal static unsafe class ZstdDecoder
{
    private static readonly delegate* unmanaged<nint> CreateContext;
    private static readonly delegate* unmanaged<nint, byte*, nuint, byte*, nuint, nuint> DecompressWith;
    private static readonly delegate* unmanaged<nuint, uint> IsError;

    [ThreadStatic]
    private static nint t_native;

    [ThreadStatic]
    private static Decompressor? t_managed;

    static ZstdDecoder()
    {
        foreach (var name in new[] { "libzstd.so.1", "libzstd.so", "libzstd.1.dylib", "libzstd.dll" })
        {
            if (NativeLibrary.TryLoad(name, out var library)
                && NativeLibrary.TryGetExport(library, "ZSTD_createDCtx", out var create)
                && NativeLibrary.TryGetExport(library, "ZSTD_decompressDCtx", out var decompress)
                && NativeLibrary.TryGetExport(library, "ZSTD_isError", out var isError))
            {
                CreateContext = (delegate* unmanaged<nint>)create;
                DecompressWith = (delegate* unmanaged<nint, byte*, nuint, byte*, nuint, nuint>)decompress;
                IsError = (delegate* unmanaged<nuint, uint>)isError;
                return;
            }
        }
    }

    /// <summary>True when the system libzstd is in use.</summary>
    public static bool Native => CreateContext != null && !ManagedOnly;

    /// <summary>Test seam: decode with ZstdSharp even when libzstd is available.</summary>
    internal static bool ManagedOnly { get; set; }

    /// <summary>Decompresses <paramref name="source"/> into <paramref name="destination"/>; the number of bytes written, or -1 when the frame is corrupt or does not fit.</summary>
    public static int Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (Native && t_native == 0)
        {
            t_native = CreateContext(); // null only when out of memory: the managed decoder is used then
        }

        if (!Native || t_native == 0)
        {
            try
            {
                return (t_managed ??= new Decompressor()).Unwrap(source, destination);
            }
            catch (ZstdException)
            {
                return -1;
            }
        }

        fixed (byte* src = source)
        fixed (byte* dst = destination)
        {
            var written = DecompressWith(t_native, dst, (nuint)destination.Length, src, (nuint)source.Length);
            return IsError(written) != 0 ? -1 : checked((int)written);
        }
    }
}
