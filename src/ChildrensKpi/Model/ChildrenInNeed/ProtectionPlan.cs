using System.Collections.Immutable;
using NodaTime;

namespace ChildrensKpi;

/// <summary>A child protection plan (<c>ChildProtectionPlans</c>), identified by child and start date.</summary>
public sealed record ProtectionPlan
{
    /// <summary>Creates a plan.</summary>
    /// <param name="child">The child.</param>
    /// <param name="start">When the child became subject of the plan (<c>CPPstartDate</c>).</param>
    /// <param name="end">When the plan ended (<c>CPPendDate</c>); null while open.</param>
    /// <param name="initialCategory">Initial category of abuse (NEG, PHY, SAB, EMO, MUL), when given.</param>
    /// <param name="numberOfPreviousPlans">How many plans the child had before, as the council recorded it (<c>NumberOfPreviousCPP</c>).</param>
    /// <param name="reviews">Dates of the plan's reviews (<c>Reviews/CPPreviewDate</c>), in any order.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public ProtectionPlan(ChildId child, LocalDate start, LocalDate? end = null, string? initialCategory = null,
        int? numberOfPreviousPlans = null, IEnumerable<LocalDate>? reviews = null)
    {
        if (end < start)
        {
            throw new ArgumentException($"A protection plan cannot end ({ReportingPeriod.Iso(end.Value)}) before it starts ({ReportingPeriod.Iso(start)}).", nameof(end));
        }
        Child = child;
        Start = start;
        End = end;
        InitialCategory = initialCategory;
        NumberOfPreviousPlans = numberOfPreviousPlans;
        Reviews = reviews is null ? [] : [.. reviews.Distinct().Order()];
    }

    /// <summary>The child.</summary>
    public ChildId Child { get; }

    /// <summary>When the child became subject of the plan.</summary>
    public LocalDate Start { get; }

    /// <summary>When the plan ended; null while open.</summary>
    public LocalDate? End { get; }

    /// <summary>Initial category of abuse.</summary>
    public string? InitialCategory { get; }

    /// <summary>How many plans the child had before, as recorded.</summary>
    public int? NumberOfPreviousPlans { get; }

    /// <summary>Review dates, in date order, without repeats.</summary>
    public ImmutableArray<LocalDate> Reviews { get; }

    /// <summary>Whether the plan was open on <paramref name="date"/>: started on or before it and not ended on or before it.</summary>
    public bool IsOpenOn(LocalDate date) => OpenSpan.IsOpenOn(Start, End, date);
}
