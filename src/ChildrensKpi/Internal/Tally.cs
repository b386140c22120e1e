using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>The running counts and explanations of one indicator for one period, as its children or items are decided.</summary>
internal sealed class Tally(bool explain)
{
    private readonly List<ChildExplanation>? _explanations = explain ? [] : null;

    /// <summary>A count, or for a mean the sum of the amounts (e.g. days) of the decisions in the numerator.</summary>
    public decimal Numerator { get; private set; }

    public int Denominator { get; private set; }

    /// <summary>How many decisions rest on a history that begins part way through a period of care.</summary>
    public int BeginningBeforeData { get; private set; }

    /// <summary>How many decisions carry the indicator's caveat (<see cref="Decision.Caveat"/>).</summary>
    public int Caveats { get; private set; }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(ChildId child, Decision decision, string? subject = null)
    {
        Denominator += decision.InDenominator ? 1 : 0;
        // Decimal arithmetic only for decisions in the numerator: most items of a large data set are outside the period.
        if (decision.InNumerator)
        {
            Numerator += decision.Amount;
        }
        BeginningBeforeData += decision.BeginsBeforeData ? 1 : 0;
        Caveats += decision.Caveat ? 1 : 0;
        _explanations?.Add(new ChildExplanation(child, decision.InDenominator, decision.InNumerator, decision.Reason ?? "") { Subject = subject });
    }

    /// <summary>Adds the counts and explanations of <paramref name="other"/>, a tally of other children (a partition of the data).</summary>
    public void Add(Tally other)
    {
        Denominator += other.Denominator;
        Numerator += other.Numerator;
        BeginningBeforeData += other.BeginningBeforeData;
        Caveats += other.Caveats;
        _explanations?.AddRange(other._explanations ?? []);
    }

    /// <summary>The explanations in child order, then item order (items of one child may be decided in any order).</summary>
    public ImmutableArray<ChildExplanation> Explanations()
    {
        if (_explanations is null)
        {
            return [];
        }
        // The columns hold children in id order, so a child-by-child pass usually comes out sorted already: checked in one
        // pass, sorted only when not (a stable sort, as before).
        for (int i = 1; i < _explanations.Count; i++)
        {
            if (Compare(_explanations[i - 1], _explanations[i]) > 0)
            {
                return [.. _explanations.OrderBy(e => e.ChildId).ThenBy(e => e.Subject, StringComparer.Ordinal)];
            }
        }
        return [.. _explanations];
    }

    private static int Compare(ChildExplanation a, ChildExplanation b)
    {
        int byChild = a.ChildId.CompareTo(b.ChildId);
        return byChild != 0 ? byChild : string.CompareOrdinal(a.Subject, b.Subject);
    }

    public static Tally[] For(int periods, bool explain) => [.. Enumerable.Range(0, periods).Select(_ => new Tally(explain))];
}
