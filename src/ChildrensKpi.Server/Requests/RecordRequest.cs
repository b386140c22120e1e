using System.Collections.Immutable;
using ChildrensKpi.Server.Api;

namespace ChildrensKpi.Server.Requests;

/// <summary>
/// Turns a JSON compute request into the library's records, checking every value, and computes. Each record property is
/// accounted for like a file named after the property: its records are used, or excluded with a reason (short breaks).
/// </summary>
internal static class RecordRequest
{
    /// <summary>The reader's wording, so that a short break is explained alike whichever way it arrived.</summary>
    private const string ShortBreakExclusion = "short break (LS V3/V4): not time looked after, ignored by the looked-after indicators";

    private static readonly Dictionary<string, Sex> Sexes = new(StringComparer.Ordinal)
    {
        ["1"] = Sex.Male, ["2"] = Sex.Female, ["M"] = Sex.Male, ["F"] = Sex.Female,
    };

    private static readonly Dictionary<string, InTouch> InTouchCodes = new(StringComparer.Ordinal)
    {
        ["YES"] = InTouch.Yes, ["NO"] = InTouch.No, ["DIED"] = InTouch.Died,
        ["REFU"] = InTouch.RefusesContact, ["NREQ"] = InTouch.NoLongerRequiresServices, ["RHOM"] = InTouch.ReturnedHome,
    };

    private static readonly Dictionary<string, CareLeaverActivity> Activities =
        Enum.GetValues<CareLeaverActivity>().ToDictionary(a => a == CareLeaverActivity.NoInformation ? "0" : a.ToString(), StringComparer.Ordinal);

    /// <exception cref="ApiProblemException">A value is missing or invalid (every one is named), or an indicator cannot be computed.</exception>
    public static IResult Compute(ComputeRequest request)
    {
        var yearEnding = ComputeJob.YearEnding(request.YearEnding);
        var named = ComputeJob.Named(request.Indicators ?? []);
        var (records, account) = Records(request);
        if (records.LookedAfter is null && records.ChildrenInNeed is null)
        {
            throw ApiProblemException.Field("episodes", "Give episodes (SSDA903 records), referrals (children in need records), or both.");
        }
        if (request.SuppressionThreshold is < 0)
        {
            throw ApiProblemException.Field(ComputeJob.SuppressionThresholdField, $"suppressionThreshold: {request.SuppressionThreshold} is negative; give 0 or more.");
        }
        return ComputeJob.Run(records, account, yearEnding, named, request.Detail ?? false, request.SuppressionThreshold, InputNames.Records);
    }

    /// <summary>The records of <paramref name="request"/> and their account.</summary>
    /// <exception cref="ApiProblemException">A value is missing or invalid.</exception>
    public static (IndicatorInputs Records, InputAccount Account) Records(ComputeRequest request)
    {
        var errors = new RecordErrors();
        var files = new List<FileAccount>();
        var exclusions = new List<Exclusion>();

        var episodes = Map(request.Episodes, "episodes", "Episodes", errors, files, (e, path) =>
        {
            var child = errors.Child(e.Child, $"{path}.child");
            var start = errors.Date(e.Start, $"{path}.start", required: true);
            var rne = errors.Code<ReasonForNewEpisode>(e.ReasonForNewEpisode, $"{path}.reasonForNewEpisode", "one of S, L, P, B, T, U", required: true);
            var ls = errors.Code<LegalStatus>(e.LegalStatus, $"{path}.legalStatus", "a legal status code (C1, C2, D1, E1, J1, J2, J3, L1, L2, L3, V2, V3, V4)", required: true);
            var place = errors.Code<PlacementType>(e.Placement, $"{path}.placement", "a placement code (A3–A6, H5, K1–K3, P1–P3, R1–R3, R5, S1, T0–T4, U1–U6, Z1; legacy A1–A2, F1–F6)", required: true);
            var end = errors.Date(e.End, $"{path}.end", required: false);
            var rec = errors.Code<ReasonEpisodeCeased>(e.ReasonCeased, $"{path}.reasonCeased", "a reason-ceased code (E11–E17, E2, E3, E4A, E4B, E41, E45–E48, E5–E9, X1)", required: false);
            if (start is { } s && end is { } d && d < s)
            {
                errors.Add($"{path}.end", $"{path}.end: the episode cannot end ({ReportingPeriodText(d)}) before it starts ({ReportingPeriodText(s)}).");
            }
            return child is null || start is null || rne is null || ls is null || place is null
                ? null
                : new Episode(child.Value, start.Value, rne.Value, ls.Value, place.Value, end, rec);
        });
        Unique(episodes, "episodes", e => (e.Child, e.Start), key => $"child {key.Child} starting {ReportingPeriodText(key.Start)}", errors);
        var shortBreaks = episodes.Select((e, i) => (e, i)).Where(x => x.e.IsShortBreak).ToArray();
        if (shortBreaks.Length > 0)
        {
            exclusions.Add(new Exclusion("episodes", ShortBreakExclusion, shortBreaks.Length, shortBreaks[0].i + 1));
            files[^1] = files[^1] with { Rows = files[^1].Rows with { Used = files[^1].Rows.Used - shortBreaks.Length, Excluded = shortBreaks.Length } };
        }

        var children = Map(request.Children, "children", "Header", errors, files, (c, path) =>
        {
            var child = errors.Child(c.Child, $"{path}.child");
            var sex = errors.Listed(c.Sex, $"{path}.sex", Sexes, "1 (male) or 2 (female)", required: true);
            var dob = errors.Date(c.DateOfBirth, $"{path}.dateOfBirth", required: true);
            return child is null || sex is null || dob is null ? null : new Child(child.Value, sex.Value, dob.Value, c.Ethnicity, c.Upn);
        });
        Unique(children, "children", c => c.Id, id => $"child {id}", errors);

        var careLeavers = Map(request.CareLeavers, "careLeavers", "OC3", errors, files, (c, path) =>
        {
            var child = errors.Child(c.Child, $"{path}.child");
            var dob = errors.Date(c.DateOfBirth, $"{path}.dateOfBirth", required: true);
            var inTouch = errors.Listed(c.InTouch, $"{path}.inTouch", InTouchCodes, "one of YES, NO, DIED, REFU, NREQ, RHOM", required: true);
            var activity = errors.Listed(c.Activity, $"{path}.activity", Activities, "an activity code (F1–F5, P1–P5, G4–G6) or 0", required: true);
            return child is null || dob is null || inTouch is null || activity is null
                ? null
                : new CareLeaverOutcome(child.Value, dob.Value, inTouch.Value, activity.Value, c.Accommodation);
        });
        Unique(careLeavers, "careLeavers", c => c.Child, id => $"young person {id}", errors);

        var referrals = Map(request.Referrals, "referrals", "Referrals", errors, files, (r, path) =>
        {
            var child = errors.Child(r.Child, $"{path}.child");
            var date = errors.Date(r.Date, $"{path}.date", required: true);
            var closure = errors.Date(r.ClosureDate, $"{path}.closureDate", required: false);
            var conference = errors.Date(r.InitialConferenceDate, $"{path}.initialConferenceDate", required: false);
            return child is null || date is null
                ? null
                : new Referral(child.Value, date.Value, r.Source, r.PrimaryNeed, closure, r.ReasonForClosure, r.NoFurtherAction, conference);
        });
        Unique(referrals, "referrals", r => (r.Child, r.Date), key => $"child {key.Child} on {ReportingPeriodText(key.Date)}", errors);

        var assessments = Map(request.Assessments, "assessments", "Assessments", errors, files, (a, path) =>
        {
            var child = errors.Child(a.Child, $"{path}.child");
            var referral = errors.Date(a.ReferralDate, $"{path}.referralDate", required: true);
            var type = errors.Code<AssessmentType>(a.Type, $"{path}.type", "one of Initial, Core, Single", required: true);
            var start = errors.Date(a.StartDate, $"{path}.startDate", required: false);
            var authorised = errors.Date(a.AuthorisationDate, $"{path}.authorisationDate", required: false);
            return child is null || referral is null || type is null ? null : new Assessment(child.Value, referral.Value, type.Value, start, authorised);
        });

        var enquiries = Map(request.Enquiries, "enquiries", "Section47", errors, files, (e, path) =>
        {
            var child = errors.Child(e.Child, $"{path}.child");
            var referral = errors.Date(e.ReferralDate, $"{path}.referralDate", required: true);
            var start = errors.Date(e.StartDate, $"{path}.startDate", required: true);
            var conference = errors.Date(e.InitialConferenceDate, $"{path}.initialConferenceDate", required: false);
            return child is null || referral is null || start is null
                ? null
                : new Section47Enquiry(child.Value, referral.Value, start.Value, conference, e.ConferenceNotRequired ?? false);
        });

        var plans = Map(request.Plans, "plans", "ProtectionPlans", errors, files, (p, path) =>
        {
            var child = errors.Child(p.Child, $"{path}.child");
            var start = errors.Date(p.Start, $"{path}.start", required: true);
            var end = errors.Date(p.End, $"{path}.end", required: false);
            var reviews = (p.Reviews ?? []).Select((r, i) => errors.Date(r, $"{path}.reviews[{i}]", required: true)).ToArray();
            if (start is { } s && end is { } d && d < s)
            {
                errors.Add($"{path}.end", $"{path}.end: the plan cannot end ({ReportingPeriodText(d)}) before it starts ({ReportingPeriodText(s)}).");
                return null;
            }
            if (p.NumberOfPreviousPlans is < 0)
            {
                errors.Add($"{path}.numberOfPreviousPlans", $"{path}.numberOfPreviousPlans: {p.NumberOfPreviousPlans} is negative.");
            }
            return child is null || start is null || reviews.Any(r => r is null)
                ? null
                : new ProtectionPlan(child.Value, start.Value, end, p.InitialCategory, p.NumberOfPreviousPlans, reviews.Select(r => r!.Value));
        });
        Unique(plans, "plans", p => (p.Child, p.Start), key => $"child {key.Child} starting {ReportingPeriodText(key.Start)}", errors);

        var cinChildren = Map(request.CinChildren, "cinChildren", "CinChildren", errors, files, (c, path) =>
        {
            var child = errors.Child(c.Child, $"{path}.child");
            var dob = errors.Date(c.DateOfBirth, $"{path}.dateOfBirth", required: false);
            var sex = errors.Listed(c.Sex, $"{path}.sex", Sexes, "1 (male) or 2 (female)", required: false);
            return child is null ? null : new ChildInNeed(child.Value, dob, sex, c.Ethnicity);
        });
        Unique(cinChildren, "cinChildren", c => c.Id, id => $"child {id}", errors);

        var population = Map(request.Population, "population", "Population", errors, files, (p, path) =>
        {
            if (p.Year is not { } year || !IsReportingYear(year))
            {
                errors.Add($"{path}.year", $"{path}.year: '{p.Year}' is not a reporting year written yyyy-yy, e.g. 2006-07.");
            }
            if (p.AgeFrom is not (>= 0 and <= 120))
            {
                errors.Add($"{path}.ageFrom", $"{path}.ageFrom must be a whole number of years from 0 to 120.");
            }
            if (p.AgeTo is not (>= 0 and <= 120) || p.AgeTo < p.AgeFrom)
            {
                errors.Add($"{path}.ageTo", $"{path}.ageTo must be a whole number of years from ageFrom to 120.");
            }
            if (p.Population is not (>= 0))
            {
                errors.Add($"{path}.population", $"{path}.population must be a whole number of children, 0 or more.");
            }
            return p.Year is null || p.AgeFrom is null || p.AgeTo is null || p.Population is null ? null : new PopulationEstimate(p.Year, p.AgeFrom.Value, p.AgeTo.Value, p.Population.Value);
        });

        errors.ThrowIfAny();
        var records = new IndicatorInputs { Population = population };
        if (request.Episodes is not null || request.Children is not null || request.CareLeavers is not null)
        {
            records = records with { LookedAfter = new LookedAfterData(episodes, children, careLeavers) };
        }
        if (request.Referrals is not null || request.Assessments is not null || request.Enquiries is not null || request.Plans is not null || request.CinChildren is not null)
        {
            records = records with { ChildrenInNeed = new ChildrenInNeedData(referrals, assessments, enquiries, plans, cinChildren) };
        }
        return (records, new InputAccount([.. files], [], [.. exclusions], []));
    }

    /// <summary>Maps one record property, accounting for it as a file of that name, every record used.</summary>
    private static ImmutableArray<TOut> Map<TIn, TOut>(ImmutableArray<TIn>? items, string property, string table, RecordErrors errors,
        List<FileAccount> files, Func<TIn, string, TOut?> map)
        where TIn : class
        where TOut : class
    {
        if (items is not { } given)
        {
            return [];
        }
        var mapped = ImmutableArray.CreateBuilder<TOut>(given.Length);
        for (int i = 0; i < given.Length; i++)
        {
            var path = $"{property}[{i}]";
            if (given[i] is null)
            {
                errors.Add(path, $"{path}: a record is required, not null.");
                continue;
            }
            if (map(given[i], path) is { } record)
            {
                mapped.Add(record);
            }
        }
        files.Add(new FileAccount(property, table, new RowCounts(given.Length, given.Length, 0, 0)));
        return mapped.ToImmutable();
    }

    private static void Unique<T, TKey>(ImmutableArray<T> records, string property, Func<T, TKey> key, Func<TKey, string> describe, RecordErrors errors)
        where TKey : notnull
    {
        var seen = new HashSet<TKey>();
        foreach (var record in records)
        {
            var k = key(record);
            if (!seen.Add(k))
            {
                errors.Add(property, $"{property}: two records for {describe(k)}; merge them into one.");
            }
        }
    }

    private static string ReportingPeriodText(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static bool IsReportingYear(string year) =>
        year.Length == 7 && year[4] == '-' && year[..4].All(char.IsAsciiDigit) && year[5..].All(char.IsAsciiDigit)
        && (int.Parse(year[..4], System.Globalization.CultureInfo.InvariantCulture) + 1) % 100 == int.Parse(year[5..], System.Globalization.CultureInfo.InvariantCulture);
}
