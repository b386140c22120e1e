using System.Runtime.CompilerServices;

namespace ChildrensKpi;

/// <summary>NI59, NI60 and CIN45 in one pass over the assessment columns: each assessment counts towards the indicator of its type.</summary>
internal static class AssessmentPass
{
    /// <summary>Per assessment type (indexed by its byte value): whether the clock starts at the referral, the timescale, and the counts.</summary>
    internal struct Rules
    {
        public bool FromReferral1, FromReferral2, FromReferral3;
        public int Timescale1, Timescale2, Timescale3;
    }

    /// <summary>Numerators and denominators, indexed by assessment type (1 initial, 2 core, 3 single).</summary>
    internal struct Counts
    {
        public int Numerator1, Numerator2, Numerator3, Denominator1, Denominator2, Denominator3;

        public void Add(in Counts other)
        {
            Numerator1 += other.Numerator1;
            Numerator2 += other.Numerator2;
            Numerator3 += other.Numerator3;
            Denominator1 += other.Denominator1;
            Denominator2 += other.Denominator2;
            Denominator3 += other.Denominator3;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Counts Count(ChildrenInNeedColumns columns, WorkingDayCalendar calendar, in Rules rules, int first, int last, int from, int to)
    {
        var counts = default(Counts);
        var type = columns.Type;
        var referral = columns.Referral;
        var started = columns.Start;
        var authorisedOn = columns.Authorised;
        for (int i = from; i < to; i++)
        {
            int authorised = authorisedOn[i];
            // Open (None), outside the period, or authorised before the referral (a data error): not counted.
            if (authorised < first || authorised > last || authorised < referral[i])
            {
                continue;
            }
            byte kind = type[i];
            bool fromReferral = kind switch { 1 => rules.FromReferral1, 2 => rules.FromReferral2, _ => rules.FromReferral3 };
            int clock = fromReferral ? referral[i] : started[i];
            if (clock == DayNumbers.None || authorised < clock || !calendar.TryWorkingDaysBetween(clock, authorised, out int days))
            {
                continue;
            }
            switch (kind)
            {
                case 1:
                    counts.Denominator1++;
                    counts.Numerator1 += days <= rules.Timescale1 ? 1 : 0;
                    break;
                case 2:
                    counts.Denominator2++;
                    counts.Numerator2 += days <= rules.Timescale2 ? 1 : 0;
                    break;
                default:
                    counts.Denominator3++;
                    counts.Numerator3 += days <= rules.Timescale3 ? 1 : 0;
                    break;
            }
        }
        return counts;
    }
}
