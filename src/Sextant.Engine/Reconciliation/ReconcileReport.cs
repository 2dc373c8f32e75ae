namespace Sextant.Engine.Reconciliation;

/// <summary>
/// What start-up reconciliation of one broker found: orders whose outcome the journal did not know (and what the venue
/// said), fills booked late, and the differences nothing explains. <see cref="Problems"/> empty means the journal and the
/// venue agree; otherwise trading on that broker stops (<c>engine.reconcile: stop</c>) or the venue's state is adopted.
/// </summary>
public sealed class ReconcileReport(string broker)
{
    private readonly List<string> _problems = [];
    private readonly List<string> _notes = [];

    /// <summary>The broker.</summary>
    public string Broker { get; } = broker;

    /// <summary>Orders open in the journal that were asked about at the venue by client order id.</summary>
    public int OrdersChecked { get; set; }

    /// <summary>Order requests with no acknowledgement that the venue does not know: they never arrived, and are not resent.</summary>
    public int NeverArrived { get; set; }

    /// <summary>Order requests with no acknowledgement that the venue does know: adopted as sent.</summary>
    public int FoundAtVenue { get; set; }

    /// <summary>Orders that were filled, cancelled or expired at the venue while the engine was down.</summary>
    public int ClosedWhileDown { get; set; }

    /// <summary>Fills the venue made while the engine was down, booked now (once each).</summary>
    public int MissedFills { get; set; }

    /// <summary>Differences that nothing in the journal explains (empty when clean).</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Things worth saying that are not problems (external orders left alone, cash moved by the venue).</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>True when the journal and the venue agree.</summary>
    public bool Clean => _problems.Count == 0;

    /// <summary>Adds an unexplained difference.</summary>
    public void Problem(string text) => _problems.Add(text);

    /// <summary>Adds a remark.</summary>
    public void Note(string text) => _notes.Add(text);

    /// <summary>One line: the counts, then the problems.</summary>
    public override string ToString() =>
        $"{OrdersChecked} open order(s) checked, {FoundAtVenue} unacknowledged found at the venue, {NeverArrived} never arrived (not resent), "
        + $"{ClosedWhileDown} closed while down, {MissedFills} missed fill(s) booked"
        + (Clean ? "; journal and venue agree" : $"; {_problems.Count} unexplained: {string.Join("; ", _problems)}");
}
