namespace ChildrensKpi.Synthetic;

/// <summary>One reporting year's SSDA903 Episodes, Header and OC3 tables.</summary>
internal static class Ssda903Files
{
    public static IEnumerable<string> Write(SyntheticRecords records, ReportingPeriod year, string folder)
    {
        string suffix = $"_{year.ReportingYear}.csv";
        string episodesPath = $"ssda903/episodes{suffix}", headerPath = $"ssda903/header{suffix}", oc3Path = $"ssda903/oc3{suffix}";
        var inYear = new HashSet<ChildId>();
        using (var episodes = new CsvText(Path.Combine(folder, episodesPath), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"))
        {
            foreach (var e in records.Episodes)
            {
                // In every year it was open in; an episode still open at this year's end has DEC and REC empty here.
                if (e.Start > year.End || e.End < year.Start)
                {
                    continue;
                }
                inYear.Add(e.Child);
                bool endedInYear = e.End <= year.End;
                episodes.Text(e.Child.Value).Comma().Date(e.Start).Comma(Code(e.ReasonForNewEpisode)).Comma(Code(e.LegalStatus)).Comma("N1")
                    .Comma(Code(e.Placement)).Comma("PR1").Comma().Date(endedInYear ? e.End : null)
                    .Comma(endedInYear && e.ReasonCeased is { } rec ? Code(rec) : null).Comma().Comma().Comma().Comma().EndLine();
            }
        }
        using (var header = new CsvText(Path.Combine(folder, headerPath), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"))
        {
            foreach (var child in records.Headers)
            {
                if (inYear.Contains(child.Id))
                {
                    header.Text(child.Id.Value).Comma(child.Sex == Sex.Male ? "1" : "2").Comma().Date(child.DateOfBirth).Comma(child.Ethnicity).Comma().Comma().Comma().EndLine();
                }
            }
        }
        using (var oc3 = new CsvText(Path.Combine(folder, oc3Path), "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM"))
        {
            foreach (var leaver in records.CareLeavers)
            {
                if (year.Contains(leaver.DateOfBirth.PlusYears(19)))
                {
                    oc3.Text(leaver.Child.Value).Comma().Date(leaver.DateOfBirth).Comma(leaver.InTouch.Code())
                        .Comma(leaver.Activity == CareLeaverActivity.NoInformation ? "0" : Code(leaver.Activity)).Comma(leaver.Accommodation).EndLine();
                }
            }
        }
        return [episodesPath, headerPath, oc3Path];
    }

    private static string Code<T>(T value)
        where T : struct, Enum => value.ToString();
}
