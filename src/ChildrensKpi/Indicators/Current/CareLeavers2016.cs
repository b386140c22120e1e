using NodaTime;

namespace ChildrensKpi;

/// <summary>
/// CL1718_INTOUCH, _EET, _ACCOM and CL1921_INTOUCH, _EET, _ACCOM: care leavers aged 17–18 and 19–21 in touch, in
/// education, employment or training, and in suitable accommodation, as the DfE counts them since 2016.
/// </summary>
/// <remarks>
/// <para>Source: DfE, <i>Children looked after in England including adoptions</i> [S1], methodology and "17–21 year old
/// care leavers" (F2, F4); rules 391, 1001, 1007, 1011, 1016. Polarity: higher is better.</para>
/// <para>Denominator: the return's OC3 rows of young people aged 17 or 18 (CL1718) or 19, 20 or 21 (CL1921) at the
/// period's end, i.e. whose 17th–21st birthday falls in the collection year; CL1718 also not looked after on that
/// birthday (ceasing on the birthday itself is in; rules 1007, 1016). Excluded: <c>IN_TOUCH</c> DIED or RHOM, care
/// transferred to another LA (last <c>REC</c> E3), looked after only under short breaks.</para>
/// <para>Numerator: <c>IN_TOUCH</c> YES; an EET <c>ACTIV</c> (known from a third party while not in touch counts);
/// <c>ACCOM</c> ending in 1.</para>
/// <para>Readings: the 13-week test (looked after for 91 days from the 14th birthday, one of them on or after the
/// 16th) fails a young person only when the returns read cover every day from the 14th birthday; the files do not say
/// which years they cover, so an OC3 row always stands, and the reason says when the loaded episodes do not show the
/// test passing. A young person the episodes show passing it, with no OC3 row, is in the denominator only. OC3 rows
/// carry no date, so the period must be one collection year.</para>
/// </remarks>
internal sealed class CareLeavers2016 : PerChildIndicator
{
    private readonly bool _older;
    private readonly Func<CareLeaverOutcome, bool> _counts;
    private readonly string _item;

    private CareLeavers2016(string id, bool older, string what, string item, Func<CareLeaverOutcome, bool> counts, string[] aliases)
    {
        _older = older;
        _counts = counts;
        _item = item;
        string ages = older ? "19–21" : "17–18";
        Definition = new(id, [.. aliases], $"Care leavers aged {ages} {what}", Polarity.HigherIsBetter, IndicatorUnit.Percent,
            $"Those whose OC3 row has {item}",
            older ? "OC3 rows of care leavers aged 19, 20 or 21 at 31 March (DIED, RHOM, last REC E3 and short breaks only excluded)"
                : "OC3 rows of care leavers aged 17 or 18 at 31 March not looked after on that birthday (DIED, RHOM, last REC E3 and short breaks only excluded)",
            "DfE, Children looked after in England including adoptions, 17–21 year old care leavers (F2, F4); SSDA903 rules 391, 1001, 1007, 1011, 1016.")
        { Group = IndicatorGroup.Current };
    }

    public static CareLeavers2016 YoungerInTouch { get; } = new("CL1718_INTOUCH", false, "in touch", "IN_TOUCH YES", o => o.InTouch == InTouch.Yes, []);

    public static CareLeavers2016 YoungerEet { get; } = new("CL1718_EET", false, "in education, employment or training", "an EET ACTIV",
        o => o.Activity.IsEducationEmploymentOrTraining(), []);

    public static CareLeavers2016 YoungerAccommodation { get; } = new("CL1718_ACCOM", false, "in suitable accommodation", "ACCOM ending in 1",
        o => o.IsSuitablyAccommodated, []);

    public static CareLeavers2016 OlderInTouch { get; } = new("CL1921_INTOUCH", true, "in touch", "IN_TOUCH YES", o => o.InTouch == InTouch.Yes, []);

    public static CareLeavers2016 OlderEet { get; } = new("CL1921_EET", true, "in education, employment or training", "an EET ACTIV",
        o => o.Activity.IsEducationEmploymentOrTraining(), ["NI148 (19 only)"]);

    public static CareLeavers2016 OlderAccommodation { get; } = new("CL1921_ACCOM", true, "in suitable accommodation", "ACCOM ending in 1",
        o => o.IsSuitablyAccommodated, ["NI147 (19 only)"]);

    public override IndicatorDefinition Definition { get; }

    internal override Decision Decide(ChildHistory child, ReportingPeriod period, Why why)
    {
        if (!CareEvents.IsCollectionYear(period))
        {
            return Decision.Excluded(why, "the period is not one collection year (1 April to 31 March), which OC3 rows belong to");
        }
        if (LookedAfterRules.AgeOn(child, period.End, out int age) is { } noAge)
        {
            return Decision.Excluded(why, noAge);
        }
        if (_older ? age is < 19 or > 21 : age is < 17 or > 18)
        {
            return Decision.Excluded(why, $"aged {age} on {LookedAfterRules.Iso(period.End)}, outside the cohort's ages");
        }
        var oc3 = child.CareLeaver;
        if (oc3?.InTouch is InTouch.Died or InTouch.ReturnedHome)
        {
            return Decision.Excluded(why, $"OC3 IN_TOUCH {oc3.InTouch.Code()}: excluded");
        }
        if (child.OnlyShortBreaks)
        {
            return Decision.Excluded(why, "looked after only under short breaks (LS V3/V4)");
        }
        if (LastReason(child) == ReasonEpisodeCeased.E3)
        {
            return Decision.Excluded(why, "care taken over by another local authority (last REC E3): excluded");
        }
        var dateOfBirth = child.DateOfBirth!.Value;
        var birthday = Age.Birthday(dateOfBirth, age);
        if (!_older && child.PeriodOpenOn(birthday) is not null)
        {
            return Decision.Excluded(why, $"looked after on the birthday {LookedAfterRules.Iso(birthday)} (rules 1007, 1016)");
        }
        bool shown = PassesThirteenWeeks(child, dateOfBirth, period.End);
        if (oc3 is null)
        {
            return shown
                ? Decision.DenominatorOnly(why, $"aged {age}; looked after 13 weeks from the 14th birthday by the episodes, but no OC3 row")
                : Decision.Excluded(why, $"aged {age}; no OC3 row, and the episodes do not show 13 weeks looked after from the 14th birthday");
        }
        string? basis = why.Say(shown ? $"aged {age}; OC3 row" : $"aged {age}; OC3 row (the episodes read do not show 13 weeks from the 14th birthday: the row stands)");
        return _counts(oc3) ? Decision.Numerator(why, $"{basis}; {_item}") : Decision.DenominatorOnly(why, $"{basis}; not {_item}");
    }

    /// <summary>The reason the child's last period of care ended, if it has ended.</summary>
    private static ReasonEpisodeCeased? LastReason(ChildHistory child)
    {
        var periods = child.Periods;
        if (periods.IsEmpty)
        {
            return null;
        }
        var episodes = periods[periods.Length - 1].Episodes;
        return episodes[episodes.Count - 1].ReasonCeased;
    }

    /// <summary>Looked after (not V3/V4) for 91 days or more from the 14th birthday, one of them on or after the 16th, by the episodes read.</summary>
    private static bool PassesThirteenWeeks(ChildHistory child, LocalDate dateOfBirth, LocalDate until)
    {
        var fourteenth = Age.Birthday(dateOfBirth, 14);
        var sixteenth = Age.Birthday(dateOfBirth, 16);
        long days = 0;
        bool after16 = false;
        foreach (var p in child.Periods)
        {
            var from = p.Start > fourteenth ? p.Start : fourteenth;
            var to = p.End is { } end && end < until ? end : until;
            if (to > from)
            {
                days += NodaTime.Period.DaysBetween(from, to);
                after16 |= to > sixteenth;
            }
        }
        return days >= 91 && after16;
    }

    private protected override string EmptyDenominatorNote(ReportingPeriod period) => CareEvents.IsCollectionYear(period)
        ? "No care leaver of the cohort's ages has an OC3 row or enough care in the episodes, so there is no value."
        : "OC3 rows belong to a collection year (1 April to 31 March) and the period is not one, so there is no value.";
}
