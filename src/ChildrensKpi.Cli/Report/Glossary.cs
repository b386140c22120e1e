namespace ChildrensKpi.Cli.Report;

/// <summary>The terms a scrutiny committee meets in the report, in plain words, in alphabetical order.</summary>
internal static class Glossary
{
    public static IReadOnlyList<(string Term, string Meaning)> Terms { get; } =
    [
        ("Assessment", "The social worker's assessment of a referred child's needs: an initial assessment (timescale 7 working days, NI 59), a core assessment (35 working days, NI 60), or since 2013 a single assessment (45 working days, CIN45)."),
        ("Band", "A grade from 1 to 5 given by the thresholds table (in the style of the PAF bandings); 5 is the best band and 1 the worst, whatever the polarity."),
        ("Care leaver", "A young person who was looked after on the 1 April when they were 16 and has since left care; the SSDA903 OC3 table records their accommodation and activity around their 19th birthday (NI 147, NI 148)."),
        ("CIN (child in need)", "A child whose health or development is likely to be impaired without services from the council (Children Act 1989, section 17). The CIN census is the council's annual return about these children."),
        ("CLA (child looked after)", "A child in the council's care under a court order, or accommodated by it for more than 24 hours (Children Act 1989, section 22). Also written LAC."),
        ("Comparator authorities", "Other councils whose values of an indicator the comparators table gives, usually the council's statistical neighbours; the charts draw each as a grey circle at the end of its year, and the rank places the council among them."),
        ("CP plan (child protection plan)", "The plan agreed at a child protection conference for a child at risk of significant harm. A child is the subject of a plan from its start date until its end date."),
        ("Denominator", "The children or events an indicator looks at (e.g. children looked after at 31 March); the value is the numerator as a share of it."),
        ("Direction of travel", "How the value moved since the previous year, judged by polarity: improving, stable (a change of no more than one unit, e.g. one percentage point) or worsening. The arrow shows which way the value itself moved."),
        ("England figure", "The national value of the indicator for the same year, from the comparators table; shown beside the council's value and never ranked."),
        ("Episode", "One row of the SSDA903 return: a spell in care with one legal status and one placement; a new episode starts whenever either changes."),
        ("Excluded row", "A valid input row set aside by a stated rule (e.g. a short break), counted in the data-quality section."),
        ("Initial child protection conference", "The meeting, after a section 47 enquiry, that decides whether a child needs a child protection plan (timescale: 15 working days from the start of the enquiry, ICPC15)."),
        ("Month", "The indicator computed for one calendar month alone; \"at 31 March\" then reads as the last day of the month."),
        ("NI (National Indicator)", "An indicator of the National Indicator Set for English councils (2008 to 2010), e.g. NI 62. The report uses NI numbers where one exists."),
        ("Numerator", "The children or events of the denominator that meet the indicator's condition (e.g. those with three or more placements)."),
        ("PAF (Performance Assessment Framework)", "The Department of Health's set of social services indicators (1999 to 2008), with codes such as PAF A1 and D35 and bands 1 to 5; PAF codes are shown as aliases of the NI numbers."),
        ("Per 10,000", "A rate: the count for every 10,000 children aged under 18 living in the area (population estimate)."),
        ("Period of care", "An unbroken time in care: consecutive SSDA903 episodes of one child, each starting the day the previous one ended; a gap of a day or more starts a new period of care."),
        ("Placement", "Where a looked-after child lives (a foster carer, a children's home, placed for adoption...). Consecutive episodes form one placement until an episode starts a new one (reason for new episode S, P or B)."),
        ("Polarity", "Which way is good: higher is better, lower is better, or contextual (neither extreme is good, e.g. a referral rate; such indicators get no RAG, rank or direction of travel)."),
        ("RAG", "Red, amber or green against the council's target, respecting polarity: green when the target is met, amber when missed by no more than 5% of the target, red otherwise. The rating is always written in words as well as shown in colour."),
        ("Rank and quartile", "Where the council stands among the comparator authorities and itself: \"4 of 6\" is fourth best of six; equal values share the better rank. Quartile 1 is the best quarter, 4 the worst."),
        ("Referral", "A request for children's social care services about a child; a re-referral is a referral within 12 months of a previous one for the same child."),
        ("Rejected row", "An input row that broke a validation rule (e.g. an impossible date) and was not used; the data-quality section counts them by rule."),
        ("Reporting year", "The year from 1 April to 31 March, written as councils write it: 2006-07 is 1 April 2006 to 31 March 2007."),
        ("Rolling 12 months", "The indicator for the twelve months ending at the end of each month, so each point is a full year and seasonal effects are smoothed."),
        ("Section 47 enquiry", "The enquiry a council must make when it has reasonable cause to suspect that a child is suffering, or likely to suffer, significant harm (Children Act 1989, section 47)."),
        ("Short break", "Planned respite care (SSDA903 legal status V3 or V4). Short breaks are neither time looked after nor placements for the looked-after indicators."),
        ("SSDA903", "The annual return about children looked after that English councils make to the Department for Education: episodes, a header row per child, and care leavers (OC3)."),
        ("Suppression", "Withholding small numbers so that children cannot be identified: counts from 1 to 5 (the threshold can be changed), and any figure that would reveal them, are shown as [c] in the tables and left out of the charts. A report made with --suppression-threshold 0 withholds nothing and is for internal use only."),
        ("Target", "The value the council set itself for the year (targets table), in the indicator's unit."),
        ("Working day", "Monday to Friday, except bank holidays in England and Wales. The start date is day 0: a referral on a Friday and an assessment the next Monday is 1 working day."),
        ("Year to date", "The indicator from 1 April to the end of each month; the March point is the whole year, the figure in the headline table."),
    ];
}
