namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// The rules that judge one episode on its own: which codes go together (placement, provider, legal status, reasons),
/// how long a short legal status or temporary placement may last, and how old a child must be for a placement. Each
/// entry's comment gives the reading of the DfE's message where the message leaves one open.
/// </summary>
/// <remarks>
/// Ages are in calendar years at the episode's start, a birthday counted on the day (29 February birthdays fall on
/// 28 February). A duration is DEC − DECOM in days; an open episode (blank DEC) has no duration and breaks no duration
/// rule, the rule being about an episode that "lasted" (the councils' validators judge it the same way when each rule
/// runs alone; see docs/conformance.md on rule 365).
/// </remarks>
internal static class EpisodeChecks
{
    private static RowCheck Episode(string code, Func<EpisodeRow, Func<int, bool>> breaks) =>
        new(code, "Episodes", (tables, year) => breaks(new EpisodeRow(tables, year)));

    /// <summary>Every check of this family.</summary>
    public static IEnumerable<Ssda903Check> All { get; } =
    [
        // 148: DEC and REC are both given or both blank.
        Episode("148", e => i => (e.Dec[i] == Ssda903Column.Blank) != (e.Rec[i] is null)),
        // 213: a provider is not recorded for a temporary placement (T0-T4) or an "other placement": Z1 until 2024-25,
        // Z11-Z14 from 2025-26, when the DfE split Z1 (a Z1 in 2025-26 is an invalid code, 146's business).
        Episode("213", e => i => (e.Place[i] is "T0" or "T1" or "T2" or "T3" or "T4" || e.IsOtherPlacement(e.Place[i]))
            && e.Provider[i] is not null),
        // 217: placed for adoption with current foster carers (A3, A5) from 1 April 2015, when those codes began, needs RNE S, T or U.
        Episode("217", e => i => e.Place[i] is "A3" or "A5" && e.Decom[i] >= Ssda903Dates.Day(2015, 4, 1)
            && e.Rne[i] is not ("S" or "T" or "U")),
        // 178: a provider, where given, is a provider code, and is not given for the placements that have none: from
        // 2025-26 the DfE's text names T0-T3 and Z11-Z14; before, T0-T4 and Z1 (213's placements).
        Episode("178", e => i => e.Provider[i] is { } provider && (provider is not ("PR0" or "PR1" or "PR2" or "PR3" or "PR4" or "PR5")
            || (e.Year.StartYear >= 2025 ? e.Place[i] is "T0" or "T1" or "T2" or "T3" : e.Place[i] is "T0" or "T1" or "T2" or "T3" or "T4")
            || e.IsOtherPlacement(e.Place[i]))),
        // 214: no placement postcode or URN under a short break (V3, V4).
        Episode("214", e => i => e.Ls[i] is "V3" or "V4" && (e.Cells("PL_POST")[i] is not null || e.Cells("URN")[i] is not null)),
        // 222: no Ofsted URN (other than the DfE's placeholder XXXXXXX) for placements Ofsted does not register: P1, P3,
        // R1, R2, R5, T0-T4, the year's "other placement" codes, and until 2023-24 H5 and P2 (from 2024-25 not codes at
        // all: 146's business).
        Episode("222", e => i => e.Cells("URN")[i] is { } urn && urn != "XXXXXXX"
            && (e.Place[i] is "P1" or "P3" or "R1" or "R2" or "R5" or "T0" or "T1" or "T2" or "T3" or "T4" || e.IsOtherPlacement(e.Place[i])
                || (e.Year.StartYear < 2024 && e.Place[i] is "H5" or "P2"))),
        // 390: ceased adopted (E11, E12) from a placement for adoption (A3-A6).
        Episode("390", e => i => e.Rec[i] is "E11" or "E12" && e.Place[i] is not ("A3" or "A4" or "A5" or "A6")),
        // 353: no episode starts before 14 October 1991 (the Children Act's commencement).
        Episode("353", e => i => Ssda903Dates.IsDate(e.Decom[i]) && e.Decom[i] < Ssda903Dates.Day(1991, 10, 14)),
        // 354: the episode starts on or before the end of the collection year.
        Episode("354", e => i => Ssda903Dates.IsDate(e.Decom[i]) && e.Decom[i] > e.End),
        // 385: the episode ceases on or before the end of the collection year.
        Episode("385", e => i => Ssda903Dates.IsDate(e.Dec[i]) && e.Dec[i] > e.End),
        // 355: an episode that starts and ceases on the same day lasted less than 24 hours.
        Episode("355", e => i => Ssda903Dates.IsDate(e.Dec[i]) && e.Dec[i] == e.Decom[i]),
        // 371: until 2023-24, semi-independent living not subject to children's homes regulations (H5) needs age 14; from
        // 2024-25 H5 is no longer a code and the rule names supported accommodation (K3), which needs age 16.
        Episode("371", e => i => e.Year.StartYear < 2024 ? e.Place[i] == "H5" && e.Under(i, 14) : e.Place[i] == "K3" && e.Under(i, 16)),
        // 372: youth custody or prison (R5) needs age 10.
        Episode("372", e => i => e.Place[i] == "R5" && e.Under(i, 10)),
        // 373: placed in a school (S1) needs age 4.
        Episode("373", e => i => e.Place[i] == "S1" && e.Under(i, 4)),
        // 374: residential employment (P3) needs age 14.
        Episode("374", e => i => e.Place[i] == "P3" && e.Under(i, 14)),
        // 375: temporary hospitalisation (T1) lasts at most six weeks (42 days).
        Episode("375", e => i => e.Place[i] == "T1" && e.Lasted(i) > 42),
        // 376: a temporary placement for the foster carers' holiday (T3) lasts at most three weeks (21 days).
        Episode("376", e => i => e.Place[i] == "T3" && e.Lasted(i) > 21),
        // 379: a temporary placement for an unspecified reason (T4) lasts at most seven days.
        Episode("379", e => i => e.Place[i] == "T4" && e.Lasted(i) > 7),
        // 378: placed with parents (P1) is not a single period of accommodation under section 20 (V2).
        Episode("378", e => i => e.Place[i] == "P1" && e.Ls[i] == "V2"),
        // 380: a temporary placement is only ever a change of placement within a period of care: its reason for a new
        // episode is P (placement changed) or B (placement and legal status changed), never the start of a period (S)
        // nor a change of legal status alone (L) nor the other reasons.
        Episode("380", e => i => e.Place[i] is "T0" or "T1" or "T2" or "T3" or "T4" && e.Rne[i] is not ("P" or "B")),
        // 381: a period of care does not end (REC given and not X1) in a temporary placement.
        Episode("381", e => i => e.Rec[i] is not (null or "X1") && e.Place[i] is "T0" or "T1" or "T2" or "T3" or "T4"),
        // 382: respite care (V3, V4) is not in a temporary placement.
        Episode("382", e => i => e.Ls[i] is "V3" or "V4" && e.Place[i] is "T0" or "T1" or "T2" or "T3" or "T4"),
        // 384: respite care (V3, V4) is not in a long-term foster placement (U1, U4).
        Episode("384", e => i => e.Ls[i] is "V3" or "V4" && e.Place[i] is "U1" or "U4"),
        // 398: no postcode (the source of the distance) under V3 or V4.
        Episode("398", e => i => e.Ls[i] is "V3" or "V4" && (e.Cells("HOME_POST")[i] is not null || e.Cells("PL_POST")[i] is not null)),
        // 408: placed for adoption with a placement order (A5, A6) needs the placement order (LS E1). A3/A4 are with consent.
        Episode("408", e => i => AdoptionPlacementOrder.IsMissing(e.Place[i], e.Ls[i])),
        // 516: ceased to stay with former foster carers (E45, E46) needs a foster placement (U1-U6).
        Episode("516", e => i => e.Rec[i] is "E45" or "E46" && e.Place[i] is not ("U1" or "U2" or "U3" or "U4" or "U5" or "U6")),
        // 527: PR1 (own provision) is not with P1, R2 or R5.
        Episode("527", e => i => e.Provider[i] == "PR1" && e.Place[i] is "P1" or "R2" or "R5"),
        // 528: PR2 (other LA) is not with P1, R2 or R5.
        Episode("528", e => i => e.Provider[i] == "PR2" && e.Place[i] is "P1" or "R2" or "R5"),
        // 529: PR3 (other public) is not with P1, A3-A6, K1, K2 or U1-U6.
        Episode("529", e => i => e.Provider[i] == "PR3"
            && e.Place[i] is "P1" or "A3" or "A4" or "A5" or "A6" or "K1" or "K2" or "U1" or "U2" or "U3" or "U4" or "U5" or "U6"),
        // 530: PR4 (private) is not with P1.
        Episode("530", e => i => e.Provider[i] == "PR4" && e.Place[i] == "P1"),
        // 531: PR5 (voluntary) is not with P1.
        Episode("531", e => i => e.Provider[i] == "PR5" && e.Place[i] == "P1"),
        // 550: PR0 (parent or other person with parental responsibility) goes only with P1.
        Episode("550", e => i => e.Provider[i] == "PR0" && e.Place[i] != "P1"),
    ];

    /// <summary>The episode columns the rules read, looked up once per run.</summary>
    private sealed class EpisodeRow
    {
        private readonly Ssda903ReturnTables _tables;

        public EpisodeRow(Ssda903ReturnTables tables, CollectionYear year)
        {
            _tables = tables;
            var e = tables.Episodes;
            Child = e.Column("CHILD");
            Decom = e.Column("DECOM").Days;
            Dec = e.Column("DEC").Days;
            Rne = e.Column("RNE");
            Ls = e.Column("LS");
            Place = e.Column("PLACE");
            Provider = e.Column("PLACE_PROVIDER");
            Rec = e.Column("REC");
            End = Ssda903Dates.End(year);
            Year = year;
        }

        public Ssda903Column Child { get; }
        public int[] Decom { get; }
        public int[] Dec { get; }
        public Ssda903Column Rne { get; }
        public Ssda903Column Ls { get; }
        public Ssda903Column Place { get; }
        public Ssda903Column Provider { get; }
        public Ssda903Column Rec { get; }
        public int End { get; }
        public CollectionYear Year { get; }

        /// <summary>The "other placement" codes of the year: Z1 until 2024-25, Z11-Z14 from 2025-26.</summary>
        public bool IsOtherPlacement(string? place) =>
            Year.StartYear < 2025 ? place == "Z1" : place is "Z11" or "Z12" or "Z13" or "Z14";

        public Ssda903Column Cells(string column) => _tables.Episodes.Column(column);

        /// <summary>DEC − DECOM in days; −1 when either is not a date (no duration).</summary>
        public int Lasted(int i) => Ssda903Dates.IsDate(Dec[i]) && Ssda903Dates.IsDate(Decom[i]) ? Dec[i] - Decom[i] : -1;

        /// <summary>Whether the child (date of birth from the Header) was under <paramref name="years"/> when the episode started.</summary>
        public bool Under(int i, int years)
        {
            int dob = _tables.DobOf(Child[i]);
            return Ssda903Dates.IsDate(dob) && Ssda903Dates.IsDate(Decom[i]) && Ssda903Dates.AddYears(dob, years) > Decom[i];
        }
    }
}
