using System.Collections.Immutable;

namespace ChildrensKpi.Server.Api;

/// <summary><c>GET /v1/indicators</c>: every indicator the server computes, in report order.</summary>
internal sealed record CatalogueDocument(ImmutableArray<CatalogueEntry> Indicators)
{
    public static CatalogueDocument Of(IEnumerable<Indicator> indicators) => new([.. indicators.Select(CatalogueEntry.Of)]);
}
