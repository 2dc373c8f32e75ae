namespace Sextant.Research.MultipleTesting;

/// <summary>
/// Benjamini–Hochberg false-discovery-rate adjusted p-values (statsmodels <c>multipletests(p, method="fdr_bh")[1]</c>):
/// with p sorted ascending, q_(i) = min over j ≥ i of m·p_(j)/j, capped at 1, returned in the input order.
/// Reject the hypotheses whose q is at most the target FDR.
/// </summary>
public static class BenjaminiHochberg
{
    /// <summary>Adjusted p-values in the order of <paramref name="pValues"/> (each in [0, 1]).</summary>
    public static double[] Adjust(ReadOnlySpan<double> pValues)
    {
        var adjusted = new double[pValues.Length];
        Adjust(pValues, adjusted);
        return adjusted;
    }

    /// <summary>Writes adjusted p-values into <paramref name="destination"/> (same length as <paramref name="pValues"/>).</summary>
    public static void Adjust(ReadOnlySpan<double> pValues, Span<double> destination)
    {
        if (destination.Length != pValues.Length)
        {
            throw new ArgumentException($"destination must have the same length as pValues, was {destination.Length} and {pValues.Length}", nameof(destination));
        }

        for (var i = 0; i < pValues.Length; i++)
        {
            if (!(pValues[i] >= 0 && pValues[i] <= 1))
            {
                throw new ArgumentException($"p-values must be in [0, 1], but element {i} was {pValues[i]}", nameof(pValues));
            }
        }

        var m = pValues.Length;
        var order = new int[m];
        var sorted = new double[m];
        for (var i = 0; i < m; i++)
        {
            order[i] = i;
            sorted[i] = pValues[i];
        }

        Array.Sort(sorted, order);
        // p / (rank / m), the same operations as statsmodels, so results agree to the last bit.
        var running = 1.0;
        for (var i = m - 1; i >= 0; i--)
        {
            running = Math.Min(running, sorted[i] / ((i + 1) / (double)m));
            destination[order[i]] = running;
        }
    }
}
