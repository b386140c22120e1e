using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ChildrensKpi;

/// <summary>The rules of <see cref="PublishedReport"/>, applied to one result or one account at a time.</summary>
internal static partial class Publisher
{
    public static PublishedIndicator Indicator(IndicatorResult result, PerformanceAssessment? assessment, IndicatorResult? previous, int threshold,
        Func<string, string>? rename, (bool Numerator, bool Denominator) secondary = default)
    {
        var shown = Disclosure.Apply(result, threshold, secondary.Numerator, secondary.Denominator);
        var withheld = shown.Reasons.ToBuilder();

        if (assessment is not null && shown.ValueSuppressed)
        {
            assessment = assessment with { Rag = null, Band = null, Rank = null, RankOf = null, Quartile = null, PreviousValue = null, DirectionOfTravel = null, Notes = [] };
            withheld.Add("judgements: the RAG, band, rank, previous value and direction of travel of a withheld value would reveal it");
        }
        else if (assessment?.PreviousValue is not null && previous is not null && Disclosure.Apply(previous, threshold).ValueSuppressed)
        {
            assessment = assessment with { PreviousValue = null, DirectionOfTravel = null };
            withheld.Add($"previousValue: the previous period's value rests on a count from 1 to {threshold}");
        }

        var notes = result.Notes;
        if (threshold > 0 && notes.Any(n => CountsFew(n, threshold)))
        {
            notes = [.. notes.Where(n => !CountsFew(n, threshold))];
            withheld.Add($"notes: a note giving a count from 1 to {threshold} is withheld");
        }

        var children = result.Children;
        bool childrenWithheld = shown.IsSuppressed && !children.IsEmpty;
        if (childrenWithheld)
        {
            children = [];
            withheld.Add("children: not listed, as counting them would give back the withheld figures");
        }
        else if (rename is not null)
        {
            children = [.. children.Select(c => c with { ChildId = new ChildId(rename(c.ChildId.Value)) })];
        }

        return new PublishedIndicator(result.Definition, result.Period)
        {
            Numerator = shown.Numerator,
            Denominator = shown.Denominator,
            Value = shown.Value,
            NumeratorWithheld = shown.NumeratorSuppressed,
            DenominatorWithheld = shown.DenominatorSuppressed,
            ValueWithheld = shown.ValueSuppressed,
            Notes = notes,
            Children = children,
            ChildrenWithheld = childrenWithheld,
            Assessment = assessment,
            Withheld = withheld.ToImmutable(),
        };
    }

    /// <summary>
    /// The groups of a breakdown of <paramref name="result"/>, each as an indicator of its own period (no notes, no
    /// children, no judgement), the groups and the result protected together against differencing. <paramref name="resultSecondary"/>
    /// is what the report withholds of the result as well (against its series' differencing), so that the groups do not
    /// add up to a total the report withholds.
    /// </summary>
    public static ImmutableArray<PublishedBreakdownGroup> Breakdown(IndicatorResult result, ImmutableArray<BreakdownGroup> groups, int threshold,
        (bool Numerator, bool Denominator) resultSecondary)
    {
        var parts = groups.Select(g => new IndicatorResult(result.Definition, result.Period, g.Numerator, g.Denominator, [], [])).ToList();
        var secondary = ReportDifferencing.Secondary(result, parts, threshold, resultSecondary);
        // A group's value is the breakdown's (none for a rate per 10,000: the population is not known by group).
        PublishedIndicator Figures(IndicatorResult part)
        {
            var figures = Indicator(part, null, null, threshold, null, secondary.GetValueOrDefault(part));
            return result.Definition.Unit == IndicatorUnit.Per10000 ? figures with { Value = null } : figures;
        }
        return [.. groups.Select((g, i) => new PublishedBreakdownGroup(g.Group, Figures(parts[i])))];
    }

    /// <summary>The account with every child id it names renamed and every date of birth it quotes withheld (<see cref="ChildIdRenaming"/>).</summary>
    public static InputAccount Account(InputAccount account, Func<string, string>? rename)
    {
        if (rename is null)
        {
            return account;
        }
        var renaming = Renaming(rename, account);
        return new InputAccount(account.Files, [.. account.Rejections.Select(r => Rejection(r, renaming))], account.Exclusions,
            [.. account.Warnings.Select(renaming.Text)])
        {
            Findings = [.. account.Findings.Select(f => Finding(f, renaming))],
        };
    }

    /// <summary>The renaming of the ids <paramref name="account"/> names: its rows' children and id values, and the ids its messages quote.</summary>
    private static ChildIdRenaming Renaming(Func<string, string> rename, InputAccount account)
    {
        var findings = account.AllFindings().ToList();
        return Renaming(rename, findings.Select(f => (f.ChildId, ChildIdRenaming.Field(f.Column, f.Message), f.Value)), findings.Select(f => f.Message).Concat(account.Warnings));
    }

    /// <summary>
    /// The renaming of everything some findings say about children (an account's, or the DfE rules'): the ids their rows
    /// name (each row's child, and its value when its column holds ids) and those <paramref name="texts"/> quote.
    /// </summary>
    public static ChildIdRenaming Renaming(Func<string, string> rename, IEnumerable<(string? Child, string Column, string? Value)> rows, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(rename);
        var rowIds = rows.SelectMany(r => new[] { r.Child, ChildIdRenaming.IsIdColumn(r.Column) ? r.Value : null }).OfType<string>();
        return new ChildIdRenaming(rename, rowIds, texts);
    }

    /// <summary>Whether <paramref name="note"/> gives a count from 1 to <paramref name="threshold"/> of children, young people, plans or referrals.</summary>
    private static bool CountsFew(string note, int threshold) =>
        CountPattern().Matches(note).Any(m => int.TryParse(m.Groups["count"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && count >= 1 && count <= threshold);

    // A whole number standing alone before what it counts, or after "cohort of" (PAF C18's denominator note).
    [GeneratedRegex(@"(?<![\w.,/-])(?<count>\d+)\s+(?:child|children|young\s+(?:person|people)|plans?|referrals?|enquir(?:y|ies)|assessments?)\b|\bcohort\s+of\s+(?<count>\d+)(?![\w.,/-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountPattern();

    private static Rejection Rejection(Rejection rejection, ChildIdRenaming renaming) => rejection with
    {
        Value = renaming.Value(ChildIdRenaming.Field(rejection.Column, rejection.Rule), rejection.Value),
        Rule = renaming.Message(ChildIdRenaming.Field(rejection.Column, rejection.Rule), rejection.Value, rejection.Rule),
        ChildId = rejection.ChildId is { } child ? renaming.Id(child) : null,
    };

    private static ValidationFinding Finding(ValidationFinding finding, ChildIdRenaming renaming) => finding with
    {
        Value = renaming.Value(ChildIdRenaming.Field(finding.Column, finding.Message), finding.Value),
        Message = renaming.Message(ChildIdRenaming.Field(finding.Column, finding.Message), finding.Value, finding.Message),
        ChildId = finding.ChildId is { } child ? renaming.Id(child) : null,
    };
}
