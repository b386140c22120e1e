using System.Collections.Immutable;
using NodaTime;

namespace ChildrensKpi;

/// <summary>Every child of a <see cref="LookedAfterData"/> with their care history, sorted by child id.</summary>
internal sealed class LookedAfterIndex
{
    public LookedAfterIndex(LookedAfterData data)
    {
        var headers = data.Children.ToDictionary(c => c.Id);
        var leavers = data.CareLeavers.ToDictionary(c => c.Child);
        var episodesByChild = data.Episodes.ToLookup(e => e.Child);
        var oc2 = data.Oc2Outcomes.ToDictionary(o => o.Child);
        var adoptions = data.AdoptionDecisions.ToDictionary(a => a.Child);
        var reviews = data.Reviews.ToLookup(r => r.Child);
        var placedForAdoption = data.PlacementsForAdoption.ToLookup(p => p.Child);
        var missing = data.MissingEpisodes.ToLookup(m => m.Child);
        LocalDate? reviewsBegin = data.Reviews.IsEmpty ? null : data.Reviews.Min(r => r.Date);
        var ids = new SortedSet<ChildId>(episodesByChild.Select(g => g.Key));
        ids.UnionWith(leavers.Keys);
        ids.UnionWith(headers.Keys);
        ids.UnionWith(oc2.Keys);
        ids.UnionWith(adoptions.Keys);
        ids.UnionWith(reviews.Select(g => g.Key));
        ids.UnionWith(placedForAdoption.Select(g => g.Key));
        ids.UnionWith(missing.Select(g => g.Key));

        var histories = ImmutableArray.CreateBuilder<ChildHistory>(ids.Count);
        foreach (var id in ids)
        {
            var episodes = episodesByChild[id].ToArray();
            headers.TryGetValue(id, out var header);
            leavers.TryGetValue(id, out var leaver);
            histories.Add(new ChildHistory(id, header, leaver, episodes.Length > 0 && episodes.All(e => e.IsShortBreak), CareHistory.Build(episodes))
            {
                ReviewsBegin = reviewsBegin,
                Reviews = [.. reviews[id].OrderBy(r => r.Date)],
                Oc2 = oc2.GetValueOrDefault(id),
                Adoption = adoptions.GetValueOrDefault(id),
                PlacementsForAdoption = [.. placedForAdoption[id].OrderBy(p => p.Placed)],
                MissingEpisodes = [.. missing[id].OrderBy(m => m.Start)],
            });
        }
        Children = histories.MoveToImmutable();
    }

    /// <summary>Every child with an episode or a row in any other SSDA903 table, in ordinal id order.</summary>
    public ImmutableArray<ChildHistory> Children { get; }
}
