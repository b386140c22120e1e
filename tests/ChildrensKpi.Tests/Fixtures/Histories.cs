namespace ChildrensKpi.Tests.Fixtures;

/// <summary>Short ways to write episodes in hand-worked fixtures: dates as "dd/mm/yyyy" like the return.</summary>
internal static class Histories
{
    public static LocalDate D(string ddmmyyyy)
    {
        var parts = ddmmyyyy.Split('/');
        return new LocalDate(int.Parse(parts[2]), int.Parse(parts[1]), int.Parse(parts[0]));
    }

    public static Episode Ep(string child, string start, ReasonForNewEpisode rne, PlacementType place, string? end = null,
        LegalStatus ls = LegalStatus.C2, ReasonEpisodeCeased? rec = null) =>
        new(new ChildId(child), D(start), rne, ls, place, end is null ? null : D(end), end is null ? null : rec ?? ReasonEpisodeCeased.X1);

    public static Child Born(string child, string dateOfBirth, Sex sex = Sex.Female) => new(new ChildId(child), sex, D(dateOfBirth));

    public static ReportingPeriod Year2007 { get; } = ReportingPeriod.YearEnding(new LocalDate(2007, 3, 31));

    public static ChildExplanation Explain(IndicatorResult result, string child) =>
        result.Children.Single(c => c.ChildId.Value == child);
}
