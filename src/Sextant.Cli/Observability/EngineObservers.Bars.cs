using Sextant.Core.Bars;
using Sextant.Data.Sources;
using Sextant.Engine.Observability;

namespace Sextant.Cli.Observability;

/// <content>
/// The per-bar part: arrival time of the series, then equity, peak and drawdown of every broker that trades it and of the
/// total, each drawdown handed to the alert rules (edge-triggered: one alert per crossing). Everything lives in arrays sized
/// at start, so a bar costs a dictionary lookup and a few multiplications, and allocates nothing (a test holds it to zero).
/// </content>
internal sealed partial class EngineObservers
{
    private const string Total = "total";
    private readonly Dictionary<SeriesKey, int> _seriesIndex = [];
    private SeriesKey[] _seriesKeys = [];
    private string[] _seriesNames = [];
    private DateTimeOffset[] _lastBarAt = [];
    private bool[] _sessionOnly = [];
    private int[][] _brokersOfSeries = [];
    private BrokerTrack[] _tracks = [];
    private DateTimeOffset _startedAt;
    private double _totalPeak;
    private double _totalDrawdown;
    private long _bars;

    /// <inheritdoc />
    public void OnBar(in LiveBar bar)
    {
        if (!_seriesIndex.TryGetValue(bar.Key, out var series))
        {
            return;
        }

        _bars++;
        _lastBarAt[series] = _time.GetUtcNow();
        foreach (var broker in _brokersOfSeries[series])
        {
            Mark(_tracks[broker]);
        }

        var total = 0.0;
        foreach (var track in _tracks)
        {
            total += track.Equity * track.Rate;
        }

        _totalPeak = Math.Max(_totalPeak, total);
        _totalDrawdown = DrawdownOf(total, _totalPeak);
        _alerts?.OnDrawdown(Total, _totalDrawdown);
    }

    private void Mark(BrokerTrack track)
    {
        track.Equity = track.Broker.Portfolio.EquityEstimate;
        track.Peak = Math.Max(track.Peak, track.Equity);
        track.Drawdown = DrawdownOf(track.Equity, track.Peak);
        _alerts?.OnDrawdown(track.Name, track.Drawdown);
    }

    private static double DrawdownOf(double equity, double peak) => peak > 0 ? Math.Max(0, 1 - (equity / peak)) : 0;

    private void PrepareTracking(EngineView view)
    {
        _startedAt = _time.GetUtcNow();
        _seriesKeys = [.. view.Sources.SelectMany(s => s.Series).Distinct()];
        _seriesNames = [.. _seriesKeys.Select(k => k.ToString())];
        _lastBarAt = new DateTimeOffset[_seriesKeys.Length];
        for (var i = 0; i < _seriesKeys.Length; i++)
        {
            _seriesIndex[_seriesKeys[i]] = i;
        }

        _tracks = [.. view.Brokers.Select(b => new BrokerTrack(b, (double)Portfolio!.ConversionRate(b.Portfolio.QuoteAsset),
            [.. view.Sources.Select((s, i) => (s, i)).Where(p => p.s.Series.Any(b.Series.Contains)).Select(p => p.i)],
            [.. b.Series.Select(k => _seriesIndex.TryGetValue(k, out var i) ? i : -1).Where(i => i >= 0)]))];
        _brokersOfSeries = [.. _seriesKeys.Select(k => _tracks.Select((t, i) => (t, i)).Where(p => p.t.Broker.Series.Contains(k)).Select(p => p.i).ToArray())];
        _sessionOnly = [.. _brokersOfSeries.Select(brokers => brokers.Length > 0 && brokers.All(b => _equityOnly(_tracks[b].Broker.Id)))];
        foreach (var track in _tracks)
        {
            Mark(track);
        }

        _totalPeak = _tracks.Sum(t => t.Equity * t.Rate);
    }

    /// <summary>What the observer keeps per broker: equity, peak and drawdown per bar; health edges per sample.</summary>
    private sealed class BrokerTrack(EngineBrokerView broker, double rate, int[] sources, int[] series)
    {
        public EngineBrokerView Broker { get; } = broker;

        public string Name { get; } = broker.Id.Value;

        public double Rate { get; } = rate;

        /// <summary>Indexes into <see cref="EngineView.Sources"/> of the sources feeding this broker's series.</summary>
        public int[] Sources { get; } = sources;

        /// <summary>Indexes of this broker's series.</summary>
        public int[] Series { get; } = series;

        public double Equity { get; set; }

        public double Peak { get; set; }

        public double Drawdown { get; set; }

        public bool? Connected { get; set; }

        /// <summary>True once connected: before that, "not connected yet" is start-up, not an outage to log.</summary>
        public bool EverConnected { get; set; }

        public Dashboard.Source.BrokerHealth? Health { get; set; }
    }
}
