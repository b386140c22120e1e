namespace ChildrensKpi;

/// <summary>The one comparison of a period's end with its start, for every table whose rows are periods (SSDA903-E001 and the DfE rules like it).</summary>
internal static class PeriodDates
{
    /// <summary>Whether a period with these day numbers (an open end as <see cref="DayNumbers.Open"/>) ends before it starts; ending on its first day does not.</summary>
    public static bool EndsBeforeStart(int start, int end) => end < start;
}
