using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace ChildrensKpi;

/// <summary>Throw helpers of the working-day calendar: they keep the message text in one place and the hot paths small.</summary>
internal static class CalendarThrow
{
    internal const string Range = "1990 to 2040";

    [DoesNotReturn]
    internal static void YearOutOfRange(string paramName, int year) =>
        throw new ArgumentOutOfRangeException(paramName, year,
            $"Bank holidays in England and Wales are known for {Range} only; {year} is outside that range.");

    [DoesNotReturn]
    internal static void DateOutOfRange(string paramName, LocalDate date) =>
        throw new ArgumentOutOfRangeException(paramName, date,
            $"The working-day calendar covers {Range} only; {ReportingPeriod.Iso(date)} is outside that range.");

    [DoesNotReturn]
    internal static void EndBeforeStart(LocalDate start, LocalDate end) =>
        throw new ArgumentException(
            $"Working days cannot be counted from {ReportingPeriod.Iso(start)} to an earlier date {ReportingPeriod.Iso(end)}: the end is before the start.",
            nameof(end));
}
