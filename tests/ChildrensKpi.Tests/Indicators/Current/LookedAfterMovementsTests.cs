using static ChildrensKpi.LegalStatus;
using static ChildrensKpi.MissingKind;
using static ChildrensKpi.PlacementType;
using static ChildrensKpi.ReasonEpisodeCeased;
using static ChildrensKpi.ReasonForNewEpisode;
using static ChildrensKpi.Tests.Fixtures.Histories;

namespace ChildrensKpi.Tests.Indicators.Current;

/// <summary>
/// The current looked-after measures on the worked example of indicators-current.md (01/04/2023–31/03/2024, population
/// 50,000), and hand-worked cases of each reading.
/// </summary>
public class LookedAfterMovementsTests
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.YearEnding(new LocalDate(2024, 3, 31));

    private static readonly PopulationEstimate[] Population = [new("2023-24", 0, 17, 50_000)];

    // A: S 10/05/2023 C1 U3, open; M incidents starting 01/07/2023 and 05/07/2023.
    // B: in care since 2021 (S 01/02/2021 C2 U4); DEC 31/03/2024, REC E11: ceased on the last day, so not looked after on it.
    // C: S 01/06/2023 V2 K2 to 20/08/2023 (E4A); S 02/11/2023 V2 K2, open; one A incident (15/12/2023).
    // D: V3 episodes only (S 01/05/2023 V3 U4 to 03/05/2023).
    // E: S 15/09/2023 V2 H5, open.
    internal static LookedAfterData Example() => new(
    [
        Ep("A", "10/05/2023", S, U3, ls: C1),
        Ep("B", "01/02/2021", S, U4, "31/03/2024", rec: E11),
        Ep("C", "01/06/2023", S, K2, "20/08/2023", ls: V2, rec: E4A),
        Ep("C", "02/11/2023", S, K2, ls: V2),
        Ep("D", "01/05/2023", S, U4, "03/05/2023", ls: V3, rec: E13),
        Ep("E", "15/09/2023", S, H5, ls: V2),
    ])
    {
        MissingEpisodes =
        [
            new MissingEpisode(new ChildId("A"), Missing, D("01/07/2023"), D("02/07/2023")),
            new MissingEpisode(new ChildId("A"), Missing, D("05/07/2023"), D("05/07/2023")),
            new MissingEpisode(new ChildId("C"), AwayWithoutAuthorisation, D("15/12/2023"), D("15/12/2023")),
        ],
    };

    private static IndicatorResult Compute(Indicator indicator, LookedAfterData data) =>
        indicator.Compute(new IndicatorInputs { LookedAfter = data, Population = [.. Population] }, Year2024);

    [Fact]
    public void Starts_WorkedExample_ThreeChildrenEachOnce()
    {
        // Starts: A (10/05/2023), C once (01/06/2023; its 02/11/2023 start is a second occasion), E (15/09/2023) = 3.
        // B started in 2021, D has only short breaks. Per 10,000: 3 / (50,000 / 10,000) = 0.6.
        var count = Compute(ChildrensKpi.Indicators.CLASTARTS, Example());
        var rate = Compute(ChildrensKpi.Indicators.CLASTARTS10K, Example());

        Assert.Equal(3m, count.Numerator);
        Assert.Equal(3m, count.Value);
        Assert.Equal(IndicatorUnit.Count, count.Definition.Unit);
        Assert.Equal(0.6m, rate.Value);
        Assert.Equal(new ChildExplanation(new ChildId("C"), true, true, "started to be looked after on 2023-06-01"), Explain(count, "C"));
        Assert.False(Explain(count, "B").InNumerator);
        Assert.Equal("only short breaks (LS V3/V4), which are not time looked after", Explain(count, "D").Reason);
    }

    [Fact]
    public void Ceased_WorkedExample_AdoptedAndReturnedHomeHalfEach()
    {
        // Ceased: B (31/03/2024, E11) and C (20/08/2023, E4A) = 2; per 10,000: 2 / 5 = 0.4.
        // By reason: adopted 1/2 = 50%, returned home 1/2 = 50%, every other group 0/2.
        var ceased = Compute(ChildrensKpi.Indicators.CLACEASED, Example());

        Assert.Equal(2m, ceased.Value);
        Assert.Equal(0.4m, Compute(ChildrensKpi.Indicators.CLACEASED10K, Example()).Value);
        Assert.Equal(50m, Compute(ChildrensKpi.Indicators.CLACEASEDADOPTED, Example()).Value);
        Assert.Equal(50m, Compute(ChildrensKpi.Indicators.CLACEASEDHOME, Example()).Value);
        Assert.Equal(0m, Compute(ChildrensKpi.Indicators.CLACEASEDSGO, Example()).Value);
        Assert.Equal(2m, Compute(ChildrensKpi.Indicators.CLACEASEDOTHER, Example()).Denominator);
        Assert.Equal(new ChildExplanation(new ChildId("B"), true, true, "last ceased on 2024-03-31 with REC E11"),
            Explain(Compute(ChildrensKpi.Indicators.CLACEASEDADOPTED, Example()), "B"));
    }

    [Fact]
    public void PlacementAt31March_WorkedExample_FosterResidentialIndependentAThirdEach()
    {
        // Looked after on 31/03/2024: A (U3 foster), C (K2 residential), E (H5 independent) = 3; B ceased that day.
        // Foster 1/3, residential 1/3, independent 1/3 = 33.3% each; placed for adoption, with parents, other 0/3.
        var foster = Compute(ChildrensKpi.Indicators.CLAFOSTER, Example());

        Assert.Equal((1m, 3m), (foster.Numerator, foster.Denominator));
        Assert.Equal((1m, 3m), Figures(Compute(ChildrensKpi.Indicators.CLARESIDENTIAL, Example())));
        Assert.Equal((1m, 3m), Figures(Compute(ChildrensKpi.Indicators.CLAINDEP, Example())));
        Assert.Equal((0m, 3m), Figures(Compute(ChildrensKpi.Indicators.CLAPLACEOTHER, Example())));
        Assert.Equal(100m / 3m, foster.Value);
        Assert.Equal("not looked after on 2024-03-31", Explain(foster, "B").Reason);
    }

    [Fact]
    public void Missing_WorkedExample_AQuarterMissingTwiceAndAQuarterAway()
    {
        // Looked after during the year: A, B, C, E = 4 (D only short breaks). Missing (M): A = 1/4 = 25%, with 2
        // incidents: 2 / 1 = 2.0 per child who went missing. Away (A): C = 1/4 = 25%.
        var missing = Compute(ChildrensKpi.Indicators.CLAMISSING, Example());
        var incidents = Compute(ChildrensKpi.Indicators.CLAMISSINGINCIDENTS, Example());
        var away = Compute(ChildrensKpi.Indicators.CLAAWAY, Example());

        Assert.Equal((1m, 4m, 25m), (missing.Numerator, missing.Denominator, missing.Value!.Value));
        Assert.Equal((2m, 1m, 2m), (incidents.Numerator, incidents.Denominator, incidents.Value!.Value));
        Assert.Equal((1m, 4m, 25m), (away.Numerator, away.Denominator, away.Value!.Value));
        Assert.Equal(new ChildExplanation(new ChildId("A"), true, true, "looked after during the year; 2 incidents (M) starting in the year"), Explain(missing, "A"));
    }

    [Fact]
    public void PlacementAt31March_TemporaryPlacement_ReadsAsThePlacementBefore()
    {
        // F: S 01/01/2023 U4; P 20/03/2024 T3 (carer's holiday), open on 31/03/2024 -> read as U4: foster.
        // G: S 28/03/2024 T1 (hospital), open: no placement before it in the period of care -> other.
        // Foster: F = 1/2; other: G = 1/2.
        var data = new LookedAfterData(
        [
            Ep("F", "01/01/2023", S, U4, "20/03/2024"), Ep("F", "20/03/2024", ReasonForNewEpisode.P, T3),
            Ep("G", "28/03/2024", S, T1),
        ]);

        Assert.Equal((1m, 2m), Figures(Compute(ChildrensKpi.Indicators.CLAFOSTER, data)));
        var other = Compute(ChildrensKpi.Indicators.CLAPLACEOTHER, data);
        Assert.Equal((1m, 2m), Figures(other));
        Assert.Equal("only temporary placements (T0–T4) in the period of care on 2024-03-31, read as other", Explain(other, "G").Reason);
        Assert.Equal("placement U4 (from 2023-01-01) on 2024-03-31", Explain(other, "F").Reason);
    }

    [Fact]
    public void Ceased_TwoCeasesAndShortBreakEnding_LastCeaseReasonAndNoCeaseIntoShortBreaks()
    {
        // H: S 01/04/2023 to 01/06/2023 E4A; S 01/09/2023 to 01/12/2023 E45 -> one child ceased, by the last cease: SGO.
        // J: S 01/01/2022 C2 to 01/10/2023 X1, then V4 from 01/10/2023: the period ends X1, so no cease.
        // K: S 01/01/2020 to 01/02/2023 E11: ceased before the year.
        // Ceased 1 (H); SGO 1/1 = 100%; returned home 0/1.
        var data = new LookedAfterData(
        [
            Ep("H", "01/04/2023", S, U4, "01/06/2023", rec: E4A), Ep("H", "01/09/2023", S, U4, "01/12/2023", rec: E45),
            Ep("J", "01/01/2022", S, U4, "01/10/2023", rec: X1), Ep("J", "01/10/2023", ReasonForNewEpisode.L, U4, ls: V4),
            Ep("K", "01/01/2020", S, U4, "01/02/2023", rec: E11),
        ]);

        Assert.Equal(1m, Compute(ChildrensKpi.Indicators.CLACEASED, data).Value);
        Assert.Equal(100m, Compute(ChildrensKpi.Indicators.CLACEASEDSGO, data).Value);
        Assert.Equal(0m, Compute(ChildrensKpi.Indicators.CLACEASEDHOME, data).Value);
        Assert.Equal("no cease (REC other than X1) in the year", Explain(Compute(ChildrensKpi.Indicators.CLACEASED, data), "J").Reason);
    }

    [Fact]
    public void Starts_HistoryBeginningInTheYearNotAtS_IsNoStartAndFlagged()
    {
        // L: the data begin with 01/06/2023 RNE P (a move): the period began before the files read, so no start.
        // M: S 01/03/2024 -> a start. Starts 1.
        var data = new LookedAfterData([Ep("L", "01/06/2023", ReasonForNewEpisode.P, U4), Ep("M", "01/03/2024", S, U4)]);

        var result = Compute(ChildrensKpi.Indicators.CLASTARTS, data);

        Assert.Equal(1m, result.Value);
        Assert.StartsWith("no start (RNE S) in the year; history begins part way", Explain(result, "L").Reason);
    }

    [Fact]
    public void Missing_CeasedOnTheFirstDay_IsLookedAfterDuringTheYear()
    {
        // N: ceased 01/04/2023 (DEC = the period's start): looked after during the year by indicators-current.md; M
        // incident on 01/04/2023 -> numerator. P: ceased 31/03/2023, an M row on 01/04/2023 -> excluded, row not counted.
        // Missing 1/1 = 100%.
        var data = new LookedAfterData([Ep("N", "01/01/2023", S, U4, "01/04/2023", rec: E4A), Ep("P", "01/01/2023", S, U4, "31/03/2023", rec: E4A)])
        {
            MissingEpisodes =
            [
                new MissingEpisode(new ChildId("N"), Missing, D("01/04/2023")),
                new MissingEpisode(new ChildId("P"), Missing, D("01/04/2023")),
            ],
        };

        var result = Compute(ChildrensKpi.Indicators.CLAMISSING, data);

        Assert.Equal((1m, 1m), Figures(result));
        Assert.Equal("not looked after at any time in the year; its Missing rows are not counted", Explain(result, "P").Reason);
    }

    [Fact]
    public void Starts10K_NoPopulationForTheYear_NoValueWithTheReason()
    {
        // A population for another year only: no denominator, so no value, and the note says why.
        var result = ChildrensKpi.Indicators.CLASTARTS10K.Compute(
            new IndicatorInputs { LookedAfter = Example(), Population = [new PopulationEstimate("2022-23", 0, 17, 50_000)] }, Year2024);

        Assert.Null(result.Value);
        Assert.Contains(result.Notes, n => n.Contains("no estimate for 2023-24", StringComparison.Ordinal));
    }

    private static (decimal, decimal) Figures(IndicatorResult result) => (result.Numerator, result.Denominator);
}
