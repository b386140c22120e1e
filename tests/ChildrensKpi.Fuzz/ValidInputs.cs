using System.Globalization;
using System.Text;

namespace ChildrensKpi.Fuzz;

/// <summary>
/// Small valid inputs from a seed, the starting points the mutations spoil: an SSDA903 return (Header, Episodes in one or
/// two yearly files, OC3), a CIN census as XML, and the same census as the flat CSV tables.
/// </summary>
public static class ValidInputs
{
    private static readonly string[] Placements = ["U1", "U4", "U6", "A3", "A5", "K2", "R1", "P1", "H5", "T0", "Z1", "S1"];
    private static readonly string[] Statuses = ["C1", "C2", "E1", "V2", "J2", "L2", "D1", "V3"];
    private static readonly string[] Reasons = ["E11", "E2", "E3", "E4A", "E8", "X1", "E13"];

    public static List<FuzzFile> Ssda903(Random random)
    {
        var header = new StringBuilder("CHILD,SEX,DOB,ETHNIC\n");
        var episodes = new[] { new StringBuilder(), new StringBuilder() };
        string[] columns = random.Next(3) == 0
            ? ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"]
            : ["CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC"];
        var oc3 = new StringBuilder("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n");
        var split = new LocalDate(2006, 4, 1);
        int count = random.Next(1, 16);
        for (int i = 0; i < count; i++)
        {
            string id = $"C{random.Next(100000):D5}";
            var dob = new LocalDate(1988, 1, 1).PlusDays(random.Next(0, 6000));
            header.Append(CultureInfo.InvariantCulture, $"{id},{random.Next(1, 3)},{Date(dob, random)},WBRI\n");
            var start = Later(dob.PlusDays(30), new LocalDate(2004, 1, 1).PlusDays(random.Next(0, 900)));
            int chain = random.Next(1, 6);
            for (int j = 0; j < chain; j++)
            {
                var end = start.PlusDays(random.Next(1, 400));
                bool open = j == chain - 1 && random.Next(3) == 0;
                string rne = j == 0 ? "S" : "LPBTU"[random.Next(5)].ToString();
                var cells = new Dictionary<string, string>
                {
                    ["CHILD"] = id, ["DECOM"] = Date(start, random), ["RNE"] = rne, ["LS"] = Statuses[random.Next(Statuses.Length)],
                    ["PLACE"] = Placements[random.Next(Placements.Length)], ["DEC"] = open ? "" : Date(end, random),
                    ["REC"] = open ? "" : Reasons[random.Next(Reasons.Length)], ["CIN"] = "N1", ["PLACE_PROVIDER"] = "PR1",
                    ["REASON_PLACE_CHANGE"] = "", ["HOME_POST"] = "AB1 2", ["PL_POST"] = "", ["URN"] = "SC123456",
                };
                episodes[start < split ? 0 : 1].Append(string.Join(",", columns.Select(c => cells[c]))).Append('\n');
                start = random.Next(5) == 0 ? end.PlusDays(random.Next(1, 100)) : end;
            }
            if (random.Next(4) == 0)
            {
                oc3.Append(CultureInfo.InvariantCulture, $"{id},{Date(dob, random)},{(random.Next(2) == 0 ? "YES" : "NO")},F{random.Next(1, 6)},{(random.Next(2) == 0 ? "U1" : "B2")}\n");
            }
        }
        string head = string.Join(",", columns) + "\n";
        return
        [
            new("episodes_2005.csv", Utf8(head + episodes[0])),
            new("episodes_2006.csv", Utf8(head + episodes[1])),
            new("header.csv", Utf8(header.ToString())),
            new("oc3.csv", Utf8(oc3.ToString())),
        ];
    }

    public static List<FuzzFile> CinXml(Random random)
    {
        // The forms of real returns (issue 13), so that the guarantees hold on them too: a windows-1252 declaration, dates
        // with a zone or a time, ids as Excel and padding write them (one child each way), codes with their labels.
        bool windows1252 = random.Next(3) == 0;
        string Date(LocalDate date) => random.Next(4) switch { 0 => Iso(date) + "Z", 1 => Iso(date) + " 00:00:00", _ => Iso(date) };
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"{(windows1252 ? "windows-1252" : "utf-8")}\"?>\n<Message>\n"
            + "<Header><CollectionDetails><Collection>CIN</Collection><Year>2023</Year><ReferenceDate>2023-03-31</ReferenceDate></CollectionDetails></Header>\n<Children>\n");
        foreach (var child in CinChildren(random))
        {
            string id = random.Next(4) switch { 0 => child.Id[1..] + ".0", 1 => "0" + child.Id[1..], 2 => child.Id[1..], _ => child.Id };
            xml.Append("<Child>\n<ChildIdentifiers>\n")
                .Append(CultureInfo.InvariantCulture, $"<LAchildID>{id}</LAchildID>\n<PersonBirthDate>{Date(child.Birth)}</PersonBirthDate>\n<GenderCurrent>{child.Gender}</GenderCurrent>\n")
                .Append("</ChildIdentifiers>\n<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>\n");
            foreach (var r in child.Referrals)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<CINdetails>\n<CINreferralDate>{Date(r.Date)}</CINreferralDate>\n<ReferralSource>{(random.Next(3) == 0 ? "1A - Individual" : "1A")}</ReferralSource>\n<PrimaryNeedCode>N1</PrimaryNeedCode>\n");
                if (r.Closure is { } closure)
                {
                    xml.Append(CultureInfo.InvariantCulture, $"<CINclosureDate>{Date(closure)}</CINclosureDate>\n<ReasonForClosure>RC1</ReasonForClosure>\n");
                }
                xml.Append("<ReferralNFA>false</ReferralNFA>\n");
                if (r.Assessment is { } a)
                {
                    xml.Append(CultureInfo.InvariantCulture, $"<Assessments>\n<AssessmentActualStartDate>{Date(a.Start)}</AssessmentActualStartDate>\n<AssessmentAuthorisationDate>{Date(a.Authorised)}</AssessmentAuthorisationDate>\n</Assessments>\n");
                }
                if (r.Enquiry is { } e)
                {
                    xml.Append(CultureInfo.InvariantCulture, $"<Section47>\n<S47ActualStartDate>{Date(e)}</S47ActualStartDate>\n<DateOfInitialCPC>{Date(e.PlusDays(10))}</DateOfInitialCPC>\n<ICPCnotRequired>false</ICPCnotRequired>\n</Section47>\n");
                }
                xml.Append("<CINPlanDates><CINPlanStartDate>").Append(Iso(r.Date.PlusDays(5))).Append("</CINPlanStartDate></CINPlanDates>\n");
                if (r.Plan is { } p)
                {
                    xml.Append(CultureInfo.InvariantCulture, $"<ChildProtectionPlans>\n<CPPstartDate>{Date(p.Start)}</CPPstartDate>\n{(p.End is { } end ? $"<CPPendDate>{Date(end)}</CPPendDate>\n" : "")}<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>\n<NumberOfPreviousCPP>0</NumberOfPreviousCPP>\n<Reviews>\n");
                    foreach (var review in p.Reviews)
                    {
                        xml.Append(CultureInfo.InvariantCulture, $"<CPPreviewDate>{Date(review)}</CPPreviewDate>\n");
                    }
                    xml.Append("</Reviews>\n</ChildProtectionPlans>\n");
                }
                xml.Append("</CINdetails>\n");
            }
            xml.Append("</Child>\n");
        }
        xml.Append("</Children>\n</Message>\n");
        var text = xml.ToString();
        return [new("cin_2023.xml", windows1252 ? CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text) : Utf8(text))];
    }

    public static List<FuzzFile> CinCsv(Random random)
    {
        var children = new StringBuilder("LAchildID,PersonBirthDate,GenderCurrent,Ethnicity\n");
        var referrals = new StringBuilder("LAchildID,CINreferralDate,ReferralSource,PrimaryNeedCode,CINclosureDate,ReasonForClosure,ReferralNFA\n");
        var assessments = new StringBuilder("LAchildID,CINreferralDate,AssessmentType,AssessmentActualStartDate,AssessmentAuthorisationDate\n");
        var enquiries = new StringBuilder("LAchildID,CINreferralDate,S47ActualStartDate,DateOfInitialCPC,ICPCnotRequired\n");
        var plans = new StringBuilder("LAchildID,CPPstartDate,CPPendDate,InitialCategoryOfAbuse,NumberOfPreviousCPP\n");
        var reviews = new StringBuilder("LAchildID,CPPstartDate,CPPreviewDate\n");
        foreach (var child in CinChildren(random))
        {
            children.Append(CultureInfo.InvariantCulture, $"{child.Id},{Date(child.Birth, random)},{child.Gender},WBRI\n");
            foreach (var r in child.Referrals)
            {
                referrals.Append(CultureInfo.InvariantCulture, $"{child.Id},{Date(r.Date, random)},1A,N1,{(r.Closure is { } c ? Date(c, random) : "")},{(r.Closure is null ? "" : "RC1")},false\n");
                if (r.Assessment is { } a)
                {
                    assessments.Append(CultureInfo.InvariantCulture, $"{child.Id},{Date(r.Date, random)},{(random.Next(2) == 0 ? "Single" : "Initial")},{Date(a.Start, random)},{Date(a.Authorised, random)}\n");
                }
                if (r.Enquiry is { } e)
                {
                    enquiries.Append(CultureInfo.InvariantCulture, $"{child.Id},{Date(r.Date, random)},{Date(e, random)},{Date(e.PlusDays(10), random)},false\n");
                }
                if (r.Plan is { } p)
                {
                    plans.Append(CultureInfo.InvariantCulture, $"{child.Id},{Date(p.Start, random)},{(p.End is { } end ? Date(end, random) : "")},NEG,0\n");
                    foreach (var review in p.Reviews)
                    {
                        reviews.Append(CultureInfo.InvariantCulture, $"{child.Id},{Date(p.Start, random)},{Date(review, random)}\n");
                    }
                }
            }
        }
        return
        [
            new("assessments.csv", Utf8(assessments.ToString())),
            new("children.csv", Utf8(children.ToString())),
            new("plans.csv", Utf8(plans.ToString())),
            new("referrals.csv", Utf8(referrals.ToString())),
            new("reviews.csv", Utf8(reviews.ToString())),
            new("s47.csv", Utf8(enquiries.ToString())),
        ];
    }

    private sealed record CinPlan(LocalDate Start, LocalDate? End, List<LocalDate> Reviews);

    private sealed record CinAssessment(LocalDate Start, LocalDate Authorised);

    private sealed record CinReferral(LocalDate Date, LocalDate? Closure, CinAssessment? Assessment, LocalDate? Enquiry, CinPlan? Plan);

    private sealed record CinChild(string Id, LocalDate Birth, int Gender, List<CinReferral> Referrals);

    private static List<CinChild> CinChildren(Random random)
    {
        var result = new List<CinChild>();
        int count = random.Next(1, 12);
        for (int i = 0; i < count; i++)
        {
            var birth = new LocalDate(2005, 1, 1).PlusDays(random.Next(0, 5000));
            var referrals = new List<CinReferral>();
            var date = Later(birth.PlusDays(10), new LocalDate(2021, 1, 1).PlusDays(random.Next(0, 500)));
            int n = random.Next(1, 4);
            for (int j = 0; j < n; j++)
            {
                var start = date.PlusDays(random.Next(0, 5));
                CinPlan? plan = null;
                if (random.Next(3) == 0)
                {
                    var planStart = date.PlusDays(random.Next(10, 60));
                    plan = new CinPlan(planStart, random.Next(2) == 0 ? planStart.PlusDays(random.Next(30, 400)) : null,
                        [.. Enumerable.Range(1, random.Next(0, 3)).Select(k => planStart.PlusDays(90 * k))]);
                }
                referrals.Add(new CinReferral(date, random.Next(2) == 0 ? date.PlusDays(random.Next(1, 300)) : null,
                    random.Next(4) > 0 ? new CinAssessment(start, start.PlusDays(random.Next(0, 60))) : null,
                    random.Next(3) == 0 ? date.PlusDays(random.Next(0, 10)) : null, plan));
                date = date.PlusDays(random.Next(30, 300));
            }
            result.Add(new CinChild($"L{random.Next(100000):D5}", birth, random.Next(3), referrals));
        }
        return result;
    }

    /// <summary>A date in either of the forms the readers accept, so both are exercised.</summary>
    private static string Date(LocalDate date, Random random) =>
        random.Next(2) == 0 ? Iso(date) : date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
