using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>Every child of a <see cref="LookedAfterData"/> with their care history, sorted by child id.</summary>
internal sealed class LookedAfterIndex
{
    public LookedAfterIndex(LookedAfterData data)
    {
        var headers = data.Children.ToDictionary(c => c.Id);
        var leavers = data.CareLeavers.ToDictionary(c => c.Child);
        var episodesByChild = data.Episodes.ToLookup(e => e.Child);
        var ids = new SortedSet<ChildId>(episodesByChild.Select(g => g.Key));
        ids.UnionWith(leavers.Keys);
        ids.UnionWith(headers.Keys);

        var histories = ImmutableArray.CreateBuilder<ChildHistory>(ids.Count);
        foreach (var id in ids)
        {
            var episodes = episodesByChild[id].ToArray();
            headers.TryGetValue(id, out var header);
            leavers.TryGetValue(id, out var leaver);
            histories.Add(new ChildHistory(id, header, leaver, episodes.Length > 0 && episodes.All(e => e.IsShortBreak), CareHistory.Build(episodes)));
        }
        Children = histories.MoveToImmutable();
    }

    /// <summary>Every child with an episode, a Header row or an OC3 row, in ordinal id order.</summary>
    public ImmutableArray<ChildHistory> Children { get; }
}
