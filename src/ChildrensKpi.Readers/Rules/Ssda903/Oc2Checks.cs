namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The rules on the OC2 row (children looked after continuously for 12 months: convictions, health, substance misuse,
/// the strengths and difficulties questionnaire): which items go with the cohort (<see cref="ContinuouslyLookedAfter"/>),
/// the child's age and each other. Ages are the OC2 row's own DOB at the day named (1 April or 31 March).
/// </summary>
internal static class Oc2Checks
{
    private static readonly string[] TwelveMonthItems =
        ["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"];

    private static RowCheck Row(string code, Func<Oc2Row, Func<int, bool>> breaks) =>
        new(code, "OC2", (tables, year) => breaks(new Oc2Row(tables, year)));

    /// <summary>Every check of this family.</summary>
    public static IEnumerable<Ssda903Check> All { get; } =
    [
        // 158: an intervention received (1) leaves "intervention offered" blank.
        Row("158", o => i => o["INTERVENTION_RECEIVED"][i] == "1" && o["INTERVENTION_OFFERED"][i] is not null),
        // 159: a substance misuse problem (1) with no intervention received (0) says whether one was offered.
        Row("159", o => i => o["SUBSTANCE_MISUSE"][i] == "1" && o["INTERVENTION_RECEIVED"][i] == "0" && o["INTERVENTION_OFFERED"][i] is null),
        // 192: a substance misuse problem (1) says whether an intervention was received.
        Row("192", o => i => o["SUBSTANCE_MISUSE"][i] == "1" && o["INTERVENTION_RECEIVED"][i] is null),
        // 193: no substance misuse problem (0 or blank) leaves both intervention items blank.
        Row("193", o => i => o["SUBSTANCE_MISUSE"][i] is null or "0" && (o["INTERVENTION_RECEIVED"][i] is not null || o["INTERVENTION_OFFERED"][i] is not null)),
        // 197a: an SDQ score and a reason for no score are not both given.
        Row("197a", o => i => o["SDQ_SCORE"][i] is not null && o["SDQ_REASON"][i] is not null),
        // 180: an SDQ score is a whole number from 0 to 40.
        Row("180", o => i => o["SDQ_SCORE"][i] is { } score && !(CellParser.TryDigits(score, out int n) && n <= 40)),
        // 181: each 12-month item, where given, is 0 or 1.
        Row("181", o => i => TwelveMonthItems.Any(item => o[item][i] is not (null or "0" or "1"))),
        // 188: under 4 at 31 March: no SDQ score and no reason for none.
        Row("188", o => i => o.Under(i, 4, o.End) && (o["SDQ_SCORE"][i] is not null || o["SDQ_REASON"][i] is not null)),
        // 189: 17 or over at 1 April: no SDQ score and no reason for none.
        Row("189", o => i => o.AtLeast(i, 17, o.Start) && (o["SDQ_SCORE"][i] is not null || o["SDQ_REASON"][i] is not null)),
        // 542: under 10 at 31 March: no conviction item.
        Row("542", o => i => o.Under(i, 10, o.End) && o["CONVICTED"][i] is not null),
        // 185: not in the 12-month cohort: no SDQ score.
        Row("185", o => i => !o.InCohort(i) && o["SDQ_SCORE"][i] is not null),
        // 198: not in the 12-month cohort: no reason for no SDQ score.
        Row("198", o => i => !o.InCohort(i) && o["SDQ_REASON"][i] is not null),
        // 190: not in the 12-month cohort: none of the 12-month items.
        Row("190", o => i => !o.InCohort(i) && TwelveMonthItems.Any(item => o[item][i] is not null)),
        // 191: in the 12-month cohort: immunisations, teeth check, health assessment and substance misuse all given.
        Row("191", o => i => o.InCohort(i) && new[] { "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE" }.Any(item => o[item][i] is null)),
        // 543: in the cohort and 10 or over at 31 March: the conviction item is given.
        Row("543", o => i => o.InCohort(i) && o.AtLeast(i, 10, o.End) && o["CONVICTED"][i] is null),
        // 545: in the cohort and under 5 at 31 March: the health promotion item (HEALTH_CHECK) is given.
        Row("545", o => i => o.InCohort(i) && o.Under(i, 5, o.End) && o["HEALTH_CHECK"][i] is null),
        // 546: in the cohort and 5 or over at 31 March: no health promotion item.
        Row("546", o => i => o.InCohort(i) && o.AtLeast(i, 5, o.End) && o["HEALTH_CHECK"][i] is not null),
    ];

    /// <summary>The OC2 columns, the cohort and the year's bounds, looked up once per run.</summary>
    private sealed class Oc2Row
    {
        private readonly Ssda903RuleTable _oc2;
        private readonly Ssda903ReturnTables _tables;
        private readonly CollectionYear _year;
        private System.Collections.Frozen.FrozenSet<string>? _cohort;

        public Oc2Row(Ssda903ReturnTables tables, CollectionYear year)
        {
            _tables = tables;
            _year = year;
            _oc2 = tables.Oc2;
            Dob = _oc2.Column("DOB").Days;
            Child = _oc2.Column("CHILD");
            Start = Ssda903Dates.Start(year);
            End = Ssda903Dates.End(year);
        }

        public int[] Dob { get; }
        public Ssda903Column Child { get; }
        public int Start { get; }
        public int End { get; }

        public Ssda903Column this[string column] => _oc2.Column(column);

        public bool InCohort(int i) => Child[i] is { } id && (_cohort ??= _tables.ContinuouslyLookedAfter(_year)).Contains(id);

        /// <summary>Whether the child had not reached <paramref name="years"/> on <paramref name="day"/> (false without a readable DOB).</summary>
        public bool Under(int i, int years, int day) => Ssda903Dates.IsDate(Dob[i]) && Ssda903Dates.AddYears(Dob[i], years) > day;

        /// <summary>Whether the child had reached <paramref name="years"/> by <paramref name="day"/>.</summary>
        public bool AtLeast(int i, int years, int day) => Ssda903Dates.IsDate(Dob[i]) && Ssda903Dates.AddYears(Dob[i], years) <= day;
    }
}
