using NodaTime;

namespace ChildrensKpi.Synthetic;

/// <summary>
/// One child in need's census records: repeat referrals, initial and core assessments before April 2013 and single
/// assessments from then (authorised on any day, so bank holidays fall inside the timescales), section 47 enquiries
/// and repeat child protection plans.
/// </summary>
internal static class ChildrenInNeedGenerator
{
    private const int Kind = 2;
    private static readonly LocalDate SingleAssessmentsFrom = new(2013, 4, 1);
    private static readonly int[] ReferralWeights = [62, 24, 8, 4, 2];
    private static readonly string[] Sources = ["1A", "1B", "2A", "3A", "4", "5A", "5D", "6", "7", "8", "9"];
    private static readonly string[] Categories = ["NEG", "NEG", "EMO", "PHY", "SAB", "MUL"];

    public static void Child(SyntheticRecords records, int index)
    {
        var rng = Rng.For(records.Options.Seed, Kind, index);
        var id = new ChildId($"N{index + 1:D7}");
        int window = Period.Between(records.FirstDay, records.LastDay, PeriodUnits.Days).Days + 1;
        var referral = records.FirstDay.PlusDays(rng.Below(window));
        var dateOfBirth = referral.PlusDays(-rng.Between(30, 17 * 365));
        int referrals = rng.Weighted(ReferralWeights) + 1;
        int plans = 0;
        bool any = false;
        for (int r = 0; r < referrals && referral <= records.LastDay; r++)
        {
            any = true;
            bool noFurtherAction = rng.Chance(0.1);
            var closure = Known(records, referral.PlusDays(rng.Between(14, 500)));
            records.Referrals.Add(new Referral(id, referral, rng.Pick(Sources), $"N{rng.Between(0, 9)}", closure,
                closure is null ? null : $"RC{rng.Between(1, 9)}", noFurtherAction));
            if (!noFurtherAction && Assess(ref rng, records, id, referral) && rng.Chance(0.15))
            {
                Protect(ref rng, records, id, referral, plans++);
            }
            // Repeat referrals: some within twelve months of the last, some long after.
            referral = referral.PlusDays(rng.Chance(0.5) ? rng.Between(30, 365) : rng.Between(366, 1500));
        }
        if (any)
        {
            records.ChildrenInNeed.Add(new ChildInNeed(id, dateOfBirth, rng.Chance(0.52) ? Sex.Male : Sex.Female, "WBRI"));
        }
    }

    /// <summary>Adds the referral's assessments; whether one was completed.</summary>
    private static bool Assess(ref Rng rng, SyntheticRecords records, ChildId id, LocalDate referral)
    {
        if (referral >= SingleAssessmentsFrom)
        {
            var start = referral.PlusDays(rng.Between(0, 5));
            var authorised = Known(records, start.PlusDays(Skewed(ref rng, 5, 110)));
            records.Assessments.Add(new Assessment(id, referral, AssessmentType.Single, start, authorised));
            return authorised is not null;
        }
        var initialStart = referral.PlusDays(rng.Between(0, 2));
        var initialAuthorised = Known(records, initialStart.PlusDays(Skewed(ref rng, 1, 30)));
        records.Assessments.Add(new Assessment(id, referral, AssessmentType.Initial, initialStart, initialAuthorised));
        if (initialAuthorised is not { } done || !rng.Chance(0.4))
        {
            return initialAuthorised is not null;
        }
        // A few core assessments lack their start date, as in real returns, and cannot be timed.
        LocalDate? coreStart = rng.Chance(0.03) ? null : done.PlusDays(rng.Between(0, 7));
        var coreAuthorised = Known(records, done.PlusDays(rng.Between(8, 12) + Skewed(ref rng, 10, 80)));
        records.Assessments.Add(new Assessment(id, referral, AssessmentType.Core, coreStart, coreAuthorised));
        return true;
    }

    private static void Protect(ref Rng rng, SyntheticRecords records, ChildId id, LocalDate referral, int previous)
    {
        var enquiry = referral.PlusDays(rng.Between(1, 10));
        var conference = Known(records, enquiry.PlusDays(Skewed(ref rng, 5, 35)));
        if (enquiry > records.LastDay)
        {
            return;
        }
        records.Enquiries.Add(new Section47Enquiry(id, referral, enquiry, conference));
        // Two referrals' conferences may fall close together; the later plan is then the same plan.
        if (conference is not { } start || records.Plans.Count > 0 && records.Plans[^1].Child == id && records.Plans[^1].Start >= start)
        {
            return;
        }
        var end = Known(records, start.PlusDays(Skewed(ref rng, 60, 1000)));
        records.Plans.Add(new ProtectionPlan(id, start, end, rng.Pick(Categories), previous));
    }

    /// <summary>A date, or null when it falls after the last day read (the event has not happened yet).</summary>
    private static LocalDate? Known(SyntheticRecords records, LocalDate date) => date <= records.LastDay ? date : null;

    /// <summary>Days skewed towards <paramref name="low"/>: most work is done quickly, a tail runs late.</summary>
    private static int Skewed(ref Rng rng, int low, int high)
    {
        double u = rng.Unit();
        return low + (int)(u * u * (high - low));
    }
}
