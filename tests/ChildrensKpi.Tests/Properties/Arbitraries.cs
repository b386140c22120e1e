using ChildrensKpi.Tests.Fixtures;
using FsCheck;
using FsCheck.Fluent;

namespace ChildrensKpi.Tests.Properties;

/// <summary>FsCheck generators of valid SSDA903 histories, children in need records and reporting periods.</summary>
public static class Arbitraries
{
    /// <summary>Histories from a seed: FsCheck picks the seed, so a failing case is reproducible from the seed it prints.</summary>
    public static Arbitrary<SyntheticHistories> Histories() =>
        Gen.Choose(0, int.MaxValue).Select(SyntheticHistories.Create).ToArbitrary();

    /// <summary>Children in need records from a seed, reproducible from the seed FsCheck prints.</summary>
    public static Arbitrary<SyntheticCinRecords> ChildrenInNeed() =>
        Gen.Choose(0, int.MaxValue).Select(SyntheticCinRecords.Create).ToArbitrary();

    /// <summary>Years ending 31 March 2004 to 2009, and some periods ending on other days.</summary>
    public static Arbitrary<ReportingPeriod> Periods() =>
        Gen.Choose(2004, 2009).SelectMany(year => Gen.Choose(0, 364).Select(shift =>
            ReportingPeriod.YearEnding(new LocalDate(year, 3, 31).PlusDays(shift % 5 == 0 ? shift : 0)))).ToArbitrary();
}
