namespace Sextant.Dashboard.Source;

/// <summary>Tells the dashboard that <see cref="IDashboardSource.Current"/> moved on to <see cref="Version"/>.</summary>
public sealed class DashboardChangedEventArgs(long version) : EventArgs
{
    /// <summary>The version of the new state; increases by at least one per change.</summary>
    public long Version { get; } = version;
}
