using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// A CIN census return as the DfE's rules read it: the header and the tables the councils' validator builds
/// (ChildIdentifiers with ChildCharacteristics, Disabilities, CINdetails, Assessments with their factors, CINplanDates,
/// Section47, ChildProtectionPlans, Reviews), every item as written, including items the indicator reader rejects.
/// Each table is an array in document order, dates parsed once (<see cref="CinDay"/>), and every nested row carries the
/// index of its child and CINdetails block, so that each rule is a linear pass.
/// </summary>
internal sealed class CinReturnTables
{
    public required string File { get; init; }

    /// <summary>The header; <see langword="null"/> when the file has none.</summary>
    public required CinHeaderRow? Header { get; init; }

    /// <summary>The first day of the census period (the day after the reference date a year earlier), or <see cref="DayNumbers.None"/> with no reference date.</summary>
    public required int PeriodStart { get; init; }

    /// <summary>The last day of the census period, the reference date, or <see cref="DayNumbers.None"/>.</summary>
    public required int PeriodEnd { get; init; }

    public required ImmutableArray<CinChildRow> Children { get; init; }

    public required ImmutableArray<CinDisabilityRow> Disabilities { get; init; }

    public required ImmutableArray<CinDetailsRow> Details { get; init; }

    public required ImmutableArray<CinAssessmentRow> Assessments { get; init; }

    public required ImmutableArray<CinPlanDatesRow> PlanDates { get; init; }

    public required ImmutableArray<CinSection47Row> Section47 { get; init; }

    public required ImmutableArray<CinProtectionPlanRow> Plans { get; init; }

    public required ImmutableArray<CinReviewRow> Reviews { get; init; }

    /// <summary>The local authority numbers a UPN's characters 2–4 may be (rule 1530), when given; <see langword="null"/> otherwise.</summary>
    public System.Collections.Frozen.FrozenSet<string>? LocalAuthorityNumbers { get; init; }

    /// <summary>Whether the census period is known (the header has a reference date that is a date).</summary>
    public bool HasPeriod => PeriodEnd != DayNumbers.None;

    /// <summary>Whether <paramref name="day"/> is a date within the census period (both ends included).</summary>
    public bool InPeriod(int day) => day != DayNumbers.None && day >= PeriodStart && day <= PeriodEnd;

    /// <summary>The child's LAchildID as written, for a finding; <see langword="null"/> for the header.</summary>
    public string? ChildId(ICinRow row) => row.Child >= 0 ? Children[row.Child].LAchildID : null;

    /// <summary>This return with the list of local authority numbers given (trimmed, empty entries left out).</summary>
    public CinReturnTables WithLocalAuthorityNumbers(IEnumerable<string> numbers) => new()
    {
        File = File, Header = Header, PeriodStart = PeriodStart, PeriodEnd = PeriodEnd, Children = Children, Disabilities = Disabilities,
        Details = Details, Assessments = Assessments, PlanDates = PlanDates, Section47 = Section47, Plans = Plans, Reviews = Reviews,
        LocalAuthorityNumbers = System.Collections.Frozen.FrozenSet.ToFrozenSet(numbers.Select(n => n.Trim()).Where(n => n.Length > 0), StringComparer.Ordinal),
    };
}
