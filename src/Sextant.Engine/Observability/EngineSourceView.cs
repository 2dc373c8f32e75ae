using Sextant.Core.Bars;
using Sextant.Data.Sources;

namespace Sextant.Engine.Observability;

/// <summary>One live bar source of a running engine.</summary>
/// <param name="Name">Its <c>data.sources</c> name.</param>
/// <param name="Series">The series the engine streams from it.</param>
/// <param name="Status">Its connection status; null when the source reports none.</param>
public sealed record EngineSourceView(string Name, IReadOnlyList<SeriesKey> Series, ILiveSourceStatus? Status);
