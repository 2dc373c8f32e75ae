namespace Sextant.Research;

/// <summary>Input checks shared by the statistics: caller mistakes throw <see cref="ArgumentException"/> naming the position.</summary>
internal static class Check
{
    public static void Finite(ReadOnlySpan<double> values, string name)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"{name} must be finite, but element {i} was {values[i]}", name);
            }
        }
    }

    public static void SameLength(ReadOnlySpan<double> a, ReadOnlySpan<double> b, string nameA, string nameB)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"{nameA} and {nameB} must have the same length, was {a.Length} and {b.Length}", nameB);
        }
    }

    public static bool IsConstant(ReadOnlySpan<double> values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] != values[0])
            {
                return false;
            }
        }

        return true;
    }
}
