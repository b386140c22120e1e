using System.Globalization;
using System.Text;
using NodaTime;

namespace ChildrensKpi.Synthetic;

/// <summary>
/// One reporting year's children in need census: every referral dated in the year with what followed it, as the XML
/// census (single assessments only) and as the flat tables (every assessment type).
/// </summary>
internal static class CinFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IEnumerable<string> Write(SyntheticRecords records, ReportingPeriod year, string folder)
    {
        var referrals = records.Referrals.Where(r => year.Contains(r.Date)).ToList();
        var keys = referrals.Select(r => (r.Child, r.Date)).ToHashSet();
        var assessments = records.Assessments.Where(a => keys.Contains((a.Child, a.ReferralDate))).ToLookup(a => (a.Child, a.ReferralDate));
        var enquiries = records.Enquiries.Where(e => keys.Contains((e.Child, e.ReferralDate))).ToLookup(e => (e.Child, e.ReferralDate));
        // A plan belongs to the referral whose enquiry's conference started it: the first, when two conferences fell on one day.
        var conferences = new Dictionary<(ChildId, LocalDate), LocalDate>();
        foreach (var e in records.Enquiries)
        {
            if (e.InitialConferenceDate is { } conference)
            {
                conferences.TryAdd((e.Child, conference), e.ReferralDate);
            }
        }
        var plans = records.Plans.Where(p => conferences.TryGetValue((p.Child, p.Start), out var r) && keys.Contains((p.Child, r)))
            .ToLookup(p => (p.Child, conferences[(p.Child, p.Start)]));
        var children = referrals.Select(r => r.Child).ToHashSet();
        var census = new Census(records.ChildrenInNeed.Where(c => children.Contains(c.Id)).ToList(), referrals.ToLookup(r => r.Child), assessments, enquiries, plans);

        string xmlPath = $"cin/xml/census_{year.ReportingYear}.xml";
        WriteXml(census, year, Path.Combine(folder, xmlPath));
        return [xmlPath, .. WriteFlat(census, year, folder)];
    }

    private sealed record Census(
        List<ChildInNeed> Children,
        ILookup<ChildId, Referral> Referrals,
        ILookup<(ChildId, LocalDate), Assessment> Assessments,
        ILookup<(ChildId, LocalDate), Section47Enquiry> Enquiries,
        ILookup<(ChildId, LocalDate), ProtectionPlan> Plans);

    private static void WriteXml(Census census, ReportingPeriod year, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var w = new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16) { NewLine = "\n" };
        var buffer = new char[10];
        string Iso(LocalDate date) => new(CsvText.Format(date, iso: true, buffer));
        w.WriteLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        w.WriteLine("<Message>");
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  <Header><CollectionDetails><Collection>CIN</Collection><Year>{year.End.Year}</Year><ReferenceDate>{Iso(year.End)}</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>999</LEA><SoftwareCode>ChildrensKpi.Synthetic</SoftwareCode></Source></Header>"));
        w.WriteLine("  <Children>");
        foreach (var child in census.Children)
        {
            w.Write($"    <Child><ChildIdentifiers><LAchildID>{child.Id.Value}</LAchildID><PersonBirthDate>{Iso(child.DateOfBirth!.Value)}</PersonBirthDate>");
            w.WriteLine($"<GenderCurrent>{(child.Sex == Sex.Male ? 1 : 2)}</GenderCurrent></ChildIdentifiers><ChildCharacteristics><Ethnicity>{child.Ethnicity}</Ethnicity></ChildCharacteristics>");
            foreach (var r in census.Referrals[child.Id])
            {
                w.Write($"      <CINdetails><CINreferralDate>{Iso(r.Date)}</CINreferralDate><ReferralSource>{r.Source}</ReferralSource><PrimaryNeedCode>{r.PrimaryNeed}</PrimaryNeedCode>");
                if (r.ClosureDate is { } closed)
                {
                    w.Write($"<CINclosureDate>{Iso(closed)}</CINclosureDate><ReasonForClosure>{r.ReasonForClosure}</ReasonForClosure>");
                }
                w.Write($"<ReferralNFA>{(r.NoFurtherAction == true ? "true" : "false")}</ReferralNFA>");
                foreach (var a in census.Assessments[(r.Child, r.Date)].Where(a => a.Type == AssessmentType.Single))
                {
                    w.Write("<Assessments>");
                    w.Write(a.StartDate is { } s ? $"<AssessmentActualStartDate>{Iso(s)}</AssessmentActualStartDate>" : "");
                    w.Write(a.AuthorisationDate is { } d ? $"<AssessmentAuthorisationDate>{Iso(d)}</AssessmentAuthorisationDate>" : "");
                    w.Write("</Assessments>");
                }
                foreach (var e in census.Enquiries[(r.Child, r.Date)])
                {
                    w.Write($"<Section47><S47ActualStartDate>{Iso(e.StartDate)}</S47ActualStartDate>");
                    w.Write(e.InitialConferenceDate is { } c ? $"<DateOfInitialCPC>{Iso(c)}</DateOfInitialCPC>" : "");
                    w.Write("<ICPCnotRequired>false</ICPCnotRequired></Section47>");
                }
                foreach (var p in census.Plans[(r.Child, r.Date)])
                {
                    w.Write($"<ChildProtectionPlans><CPPstartDate>{Iso(p.Start)}</CPPstartDate>");
                    w.Write(p.End is { } end ? $"<CPPendDate>{Iso(end)}</CPPendDate>" : "");
                    w.Write(string.Create(CultureInfo.InvariantCulture, $"<InitialCategoryOfAbuse>{p.InitialCategory}</InitialCategoryOfAbuse><NumberOfPreviousCPP>{p.NumberOfPreviousPlans}</NumberOfPreviousCPP></ChildProtectionPlans>"));
                }
                w.WriteLine("</CINdetails>");
            }
            w.WriteLine("    </Child>");
        }
        w.WriteLine("  </Children>");
        w.WriteLine("</Message>");
    }

    private static IEnumerable<string> WriteFlat(Census census, ReportingPeriod year, string folder)
    {
        string Name(string table) => $"cin/flat/{table}_{year.ReportingYear}.csv";
        using (var t = new CsvText(Path.Combine(folder, Name("children")), "LAchildID,UPN,PersonBirthDate,GenderCurrent,Ethnicity"))
        {
            foreach (var c in census.Children)
            {
                t.Text(c.Id.Value).Comma().Comma().Date(c.DateOfBirth).Comma(c.Sex == Sex.Male ? "1" : "2").Comma(c.Ethnicity).EndLine();
            }
        }
        var referrals = census.Children.SelectMany(c => census.Referrals[c.Id]).ToList();
        using (var t = new CsvText(Path.Combine(folder, Name("referrals")), "LAchildID,CINreferralDate,ReferralSource,PrimaryNeedCode,CINclosureDate,ReasonForClosure,ReferralNFA"))
        {
            foreach (var r in referrals)
            {
                t.Text(r.Child.Value).Comma().Date(r.Date).Comma(r.Source).Comma(r.PrimaryNeed).Comma().Date(r.ClosureDate).Comma(r.ReasonForClosure)
                    .Comma(r.NoFurtherAction == true ? "true" : "false").EndLine();
            }
        }
        using (var t = new CsvText(Path.Combine(folder, Name("assessments")), "LAchildID,CINreferralDate,AssessmentType,AssessmentActualStartDate,AssessmentAuthorisationDate"))
        {
            foreach (var a in referrals.SelectMany(r => census.Assessments[(r.Child, r.Date)]))
            {
                t.Text(a.Child.Value).Comma().Date(a.ReferralDate).Comma(a.Type.ToString()).Comma().Date(a.StartDate).Comma().Date(a.AuthorisationDate).EndLine();
            }
        }
        using (var t = new CsvText(Path.Combine(folder, Name("section47")), "LAchildID,CINreferralDate,S47ActualStartDate,DateOfInitialCPC,ICPCnotRequired"))
        {
            foreach (var e in referrals.SelectMany(r => census.Enquiries[(r.Child, r.Date)]))
            {
                t.Text(e.Child.Value).Comma().Date(e.ReferralDate).Comma().Date(e.StartDate).Comma().Date(e.InitialConferenceDate).Comma("false").EndLine();
            }
        }
        using (var t = new CsvText(Path.Combine(folder, Name("plans")), "LAchildID,CPPstartDate,CPPendDate,InitialCategoryOfAbuse,NumberOfPreviousCPP"))
        {
            foreach (var p in referrals.SelectMany(r => census.Plans[(r.Child, r.Date)]))
            {
                t.Text(p.Child.Value).Comma().Date(p.Start).Comma().Date(p.End).Comma(p.InitialCategory)
                    .Comma(p.NumberOfPreviousPlans?.ToString(CultureInfo.InvariantCulture)).EndLine();
            }
        }
        return [Name("children"), Name("referrals"), Name("assessments"), Name("section47"), Name("plans")];
    }
}
