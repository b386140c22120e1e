using NodaTime;

namespace ChildrensKpi;

/// <summary>An episode of <see cref="CareColumns"/>: a view, nothing copied.</summary>
internal readonly struct EpisodeView(CareColumns columns, int episode)
{
    public LocalDate Start => DayNumbers.ToDate(columns.Start[episode]);

    /// <summary>DEC; null while open.</summary>
    public LocalDate? End => columns.End[episode] == DayNumbers.Open ? null : DayNumbers.ToDate(columns.End[episode]);

    public ReasonForNewEpisode ReasonForNewEpisode => (ReasonForNewEpisode)columns.Rne[episode];

    public LegalStatus LegalStatus => (LegalStatus)columns.Ls[episode];

    public PlacementType Placement => (PlacementType)columns.Place[episode];

    /// <summary>REC; null while open.</summary>
    public ReasonEpisodeCeased? ReasonCeased => columns.Rec[episode] == 0 ? null : (ReasonEpisodeCeased)columns.Rec[episode];

    /// <summary>Whether the child was looked after under this episode on <paramref name="date"/>.</summary>
    public bool IsOpenOn(LocalDate date) => new EpisodeRange(columns, episode, episode + 1).IsOpenOn(date);

    /// <summary>The episode as the public record of <paramref name="child"/>.</summary>
    public Episode ToRecord(ChildId child) => new(child, Start, ReasonForNewEpisode, LegalStatus, Placement, End, ReasonCeased);
}
