using System.Collections.Immutable;
using System.Globalization;
using ChildrensKpi.Readers;
using ChildrensKpi.Server.Api;

namespace ChildrensKpi.Server.Requests;

/// <summary>
/// A JSON compute request: its records are written as the rows of the tables the returns use (episodes as an SSDA903
/// Episodes table, referrals as the CIN census's flat Referrals table, and so on), each table named after its property,
/// and read by the same readers as uploaded files. So every record meets the rules a file's row meets (code lists,
/// dates, merged copies, overlapping episodes, episodes before birth...), is accounted for the same way (used,
/// excluded or rejected), and gives the same figures. In the answer a record is located by its property and its number
/// from 1 (<c>line</c> 3 of <c>episodes</c> is <c>episodes[2]</c>), not by the line of the table it was written as.
/// </summary>
internal static class RecordRequest
{
    /// <exception cref="ApiProblemException">The request lacks records or is otherwise invalid, or an indicator cannot be computed.</exception>
    public static IResult Compute(ComputeRequest request, ServerSettings settings)
    {
        var yearEnding = ComputeJob.YearEnding(request.YearEnding);
        var named = ComputeJob.Named(request.Indicators ?? []);
        if (request.SuppressionThreshold is < 0)
        {
            throw ApiProblemException.Field(ComputeJob.SuppressionThresholdField, $"suppressionThreshold: {request.SuppressionThreshold} is negative; give 0 or more.");
        }
        var options = Options(request);
        var files = Files(request);
        if (files.Ssda903 is null && files.ChildrenInNeed is null)
        {
            throw ApiProblemException.Field("episodes", "Give episodes (SSDA903 records), referrals (children in need records), or both.");
        }
        KpiInputs loaded;
        try
        {
            loaded = KpiInputs.Read(files);
        }
        catch (InputFileException e)
        {
            // Each table is named after its property, so the path is the property (or several, comma-separated).
            string property = e.Path.Split(", ")[0];
            throw ApiProblemException.Field(property, e.Message);
        }
        return ComputeJob.Run(loaded with { Account = ByRecordNumber(loaded.Account) }, yearEnding, named, request.Detail ?? false, request.SuppressionThreshold,
            options, InputNames.Records, settings.PseudonymisationKey);
    }

    /// <summary>The options the request gives, each checked by <see cref="ComputeOptionText"/> as the command line's flags and the upload's fields are.</summary>
    private static ComputeOptions Options(ComputeRequest request)
    {
        var options = ComputeOptions.Default;
        if (request.A3Months is { } months)
        {
            options = options with { A3Months = ComputeJob.Checked(ComputeJob.A3MonthsField, ComputeOptionText.A3Months(months)) };
        }
        if (request.A3Adjusted is { } adjusted)
        {
            options = options with { A3Adjusted = adjusted };
        }
        if (request.TurnoverBase is { } turnoverBase)
        {
            options = options with { TurnoverBase = ComputeJob.Checked(ComputeJob.TurnoverBaseField, ComputeOptionText.TurnoverBase(turnoverBase)) };
        }
        if (request.WorkingDaysPerYear is { } days)
        {
            options = options with { WorkingDaysPerYear = ComputeJob.Checked(ComputeJob.WorkingDaysPerYearField, ComputeOptionText.WorkingDaysPerYear(days)) };
        }
        if (request.AdoptionThresholds is { Rows: { } rows })
        {
            // The rows are written as the thresholds file and read by its reader, so that they meet the file's rules.
            options = options with
            {
                AdoptionThresholds = ComputeJob.AdoptionThresholds(InputFile.FromRows(ComputeJob.AdoptionThresholdsField, ["Year", "A1Days", "A2Days"],
                    rows.Select(r => (IReadOnlyList<string?>)(r is null ? new string?[3] : [Number(r.Year), Number(r.A1Days), Number(r.A2Days)])))),
            };
        }
        else if (request.AdoptionThresholds is { Name: var name })
        {
            options = options with { AdoptionThresholds = ComputeJob.Checked(ComputeJob.AdoptionThresholdsField, ComputeOptionText.AdoptionThresholds(name))! };
        }
        return options;
    }

    /// <summary>The account with each table line (the header being line 1) given as the record's number from 1.</summary>
    private static InputAccount ByRecordNumber(InputAccount account) =>
        new(account.Files,
            [.. account.Rejections.Select(r => r with { Line = Math.Max(0, r.Line - 1) })],
            [.. account.Exclusions.Select(e => e with { FirstLine = Math.Max(0, e.FirstLine - 1) })],
            account.Warnings)
        {
            Findings = [.. account.Findings.Select(f => f with { Line = Math.Max(0, f.Line - 1) })],
        };

    /// <summary>The records of <paramref name="request"/> as the tables of the returns, one per property given.</summary>
    public static KpiInputFiles Files(ComputeRequest request)
    {
        var ssda903 = new List<InputFile>();
        Add(ssda903, "episodes", ["CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC"], request.Episodes,
            e => [e.Child, e.Start, e.ReasonForNewEpisode, e.LegalStatus, e.Placement, e.End, e.ReasonCeased]);
        Add(ssda903, "children", ["CHILD", "SEX", "DOB", "ETHNIC", "UPN"], request.Children,
            c => [c.Child, c.Sex, c.DateOfBirth, c.Ethnicity, c.Upn]);
        Add(ssda903, "careLeavers", ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"], request.CareLeavers,
            c => [c.Child, c.DateOfBirth, c.InTouch, c.Activity, c.Accommodation]);

        var cin = new List<InputFile>();
        Add(cin, "referrals", ["LAchildID", "CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "ReferralNFA", "DateOfInitialCPC"], request.Referrals,
            r => [r.Child, r.Date, r.Source, r.PrimaryNeed, r.ClosureDate, r.ReasonForClosure, Flag(r.NoFurtherAction), r.InitialConferenceDate]);
        Add(cin, "assessments", ["LAchildID", "CINreferralDate", "AssessmentType", "AssessmentActualStartDate", "AssessmentAuthorisationDate"], request.Assessments,
            a => [a.Child, a.ReferralDate, a.Type, a.StartDate, a.AuthorisationDate]);
        Add(cin, "enquiries", ["LAchildID", "CINreferralDate", "S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"], request.Enquiries,
            e => [e.Child, e.ReferralDate, e.StartDate, e.InitialConferenceDate, Flag(e.ConferenceNotRequired)]);
        Add(cin, "plans", ["LAchildID", "CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "NumberOfPreviousCPP"], request.Plans,
            p => [p.Child, p.Start, p.End, p.InitialCategory, p.NumberOfPreviousPlans?.ToString(CultureInfo.InvariantCulture)]);
        if (request.Plans is { } plans && plans.Any(p => p?.Reviews is { Length: > 0 }))
        {
            // The census keeps a plan's review dates in a table of their own, keyed by the child and the plan's start.
            var reviews = plans.Where(p => p is not null).SelectMany(p => (p.Reviews ?? []).Select(r => (IReadOnlyList<string?>)[p.Child, p.Start, r]));
            cin.Add(InputFile.FromRows("plans.reviews", ["LAchildID", "CPPstartDate", "CPPreviewDate"], reviews));
        }
        // The census has one sex item: GenderCurrent (0, 1, 2, 9) before 2024-25, Sex (M, F, U) after.
        Add(cin, "cinChildren", ["LAchildID", "PersonBirthDate", "GenderCurrent", "Sex", "Ethnicity"], request.CinChildren,
            c => [c.Child, c.DateOfBirth, IsLetters(c.Sex) ? null : c.Sex, IsLetters(c.Sex) ? c.Sex : null, c.Ethnicity]);
        if (request.CinChildren is { } cinChildren && cinChildren.Any(c => c?.Disabilities is { Length: > 0 }))
        {
            // As the census's flat export: a Disabilities table of its own, one row per code, keyed by the child.
            var disabilities = cinChildren.Where(c => c is not null).SelectMany(c => (c.Disabilities ?? []).Select(d => (IReadOnlyList<string?>)[c.Child, d]));
            cin.Add(InputFile.FromRows("cinChildren.disabilities", ["LAchildID", "Disability"], disabilities));
        }

        var population = new List<InputFile>();
        Add(population, "population", ["Year", "AgeFrom", "AgeTo", "Population"], request.Population,
            p => [p.Year, Number(p.AgeFrom), Number(p.AgeTo), Number(p.Population)]);

        return new KpiInputFiles
        {
            Ssda903 = ssda903.Count == 0 ? null : InputSource.FromFiles(ssda903),
            ChildrenInNeed = cin.Count == 0 ? null : InputSource.FromFiles(cin),
            Population = population.Count == 0 ? null : InputSource.FromFiles(population),
        };
    }

    /// <summary>Adds the table of one property when it is given; a null record is a row of empty cells, rejected as a file's would be.</summary>
    private static void Add<T>(List<InputFile> files, string property, string[] columns, ImmutableArray<T>? records, Func<T, string?[]> cells)
        where T : class
    {
        if (records is { } given)
        {
            files.Add(InputFile.FromRows(property, columns, given.Select(r => (IReadOnlyList<string?>)(r is null ? new string?[columns.Length] : cells(r)))));
        }
    }

    private static string? Flag(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static bool IsLetters(string? text) => text is { Length: > 0 } && text.All(char.IsLetter);
}
