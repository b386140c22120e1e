using System.Collections.Immutable;
using NodaTime;

namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// A table's rule that a row's end date is not before its start date (DEC and DECOM, MIS_END and MIS_START,
/// DATE_PLACED_CEASED and DATE_PLACED, DOLO_END and DOLO_START): the one definition that the SSDA903 readers run to
/// reject the row (no indicator can use a period that ends before it began) and that <c>validate --dfe</c> runs as the
/// DfE rule of the same code, so the two can never judge a row differently.
/// </summary>
/// <remarks>
/// A blank end is an open period and breaks nothing; a start or end that is not a date is the business of the rules on
/// that value. Ending on the day it started is allowed (the DfE's 355 queries a same-day episode separately): every
/// message says "before". The councils' validator's own unit test of 702 flags a DoLo that ended on the day it started
/// too; that reads "before" as "on or before", which the DfE's wording does not, and a one-day order is possible.
/// </remarks>
internal sealed class EndBeforeStartRule
{
    private EndBeforeStartRule(string dfeRuleId, string table, string startColumn, string endColumn)
    {
        DfeRuleId = dfeRuleId;
        Table = table;
        StartColumn = startColumn;
        EndColumn = endColumn;
    }

    /// <summary>903-356, the readers' SSDA903-E001: an episode's DEC is not before its DECOM.</summary>
    public static EndBeforeStartRule Episode { get; } = new(ValidationRules.EpisodeEndsBeforeStart.DfeRuleId!, "Episodes", "DECOM", "DEC");

    /// <summary>903-567: a missing or away-from-placement period does not end before it starts.</summary>
    public static EndBeforeStartRule Missing { get; } = new("903-567", "Missing", "MIS_START", "MIS_END");

    /// <summary>903-522: the decision that a child should no longer be placed for adoption is not before the decision that they should.</summary>
    public static EndBeforeStartRule PlacedAdoption { get; } = new("903-522", "PlacedAdoption", "DATE_PLACED", "DATE_PLACED_CEASED");

    /// <summary>903-702 (from 2026-27): a deprivation of liberty order does not end before it started.</summary>
    public static EndBeforeStartRule DeprivationOfLiberty { get; } = new("903-702", "DoLo", "DOLO_START", "DOLO_END");

    /// <summary>Every rule of this kind.</summary>
    public static ImmutableArray<EndBeforeStartRule> All { get; } = [Episode, Missing, PlacedAdoption, DeprivationOfLiberty];

    /// <summary>The DfE's id, e.g. <c>903-567</c>.</summary>
    public string DfeRuleId { get; }

    /// <summary>The table, in the DfE's name.</summary>
    public string Table { get; }

    /// <summary>The column of the start date.</summary>
    public string StartColumn { get; }

    /// <summary>The column of the end date.</summary>
    public string EndColumn { get; }

    /// <summary>The message of a row that breaks the rule, as the row account gives it.</summary>
    public string Message => $"{EndColumn} must not be before {StartColumn}";

    /// <summary>Whether a row with these day numbers (<see cref="DateOnly.DayNumber"/>; an open end as a day after every date) breaks the rule.</summary>
    public static bool Breaks(int start, int end) => PeriodDates.EndsBeforeStart(start, end);

    /// <summary>Whether a row with these dates breaks the rule; a blank end never does.</summary>
    public static bool Breaks(LocalDate start, LocalDate? end) => end is { } e && Breaks(DayNumbers.Of(start), DayNumbers.Of(e));

    /// <summary>The rejection of <paramref name="row"/>, whose end date is in column <paramref name="endColumn"/>, for breaking the rule.</summary>
    public Rejection Reject(in CsvRow row, int endColumn) => row.Reject(endColumn, Message) with { DfeRuleId = DfeRuleId };

    /// <summary>The rule as <c>validate --dfe</c> runs it over the return's columns.</summary>
    public Ssda903Check Check => new RowCheck(DfeRuleId["903-".Length..], Table, (tables, _) =>
    {
        var table = tables.Table(Table);
        var start = table.Column(StartColumn).Days;
        var end = table.Column(EndColumn).Days;
        return i => Ssda903Dates.IsDate(start[i]) && Ssda903Dates.IsDate(end[i]) && Breaks(start[i], end[i]);
    });
}
