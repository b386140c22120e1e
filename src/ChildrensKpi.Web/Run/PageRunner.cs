using System.Collections.Immutable;
using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Readers.Rules.Ssda903;

namespace ChildrensKpi.Web.Run;

/// <summary>
/// Runs the library on the dropped files as the command line runs it: <see cref="KpiInputs.Read"/>, the request for the
/// year, <see cref="ComputeReport.Compute"/> and <see cref="ComputeReport.Publish"/> (<c>compute</c>), the readers'
/// findings (<c>validate</c>) and the DfE's rules (<c>validate --dfe</c>), so that the page gives the command line's figures.
/// </summary>
internal static class PageRunner
{
    /// <summary>
    /// Reads and computes, with the readers' findings; <paramref name="stage"/> is awaited between the steps so that the
    /// page can show which one is running. The DfE's rules are <see cref="WithDfeRules"/>.
    /// </summary>
    /// <param name="files">The dropped files with their kinds.</param>
    /// <param name="choices">The period, collection year and threshold chosen.</param>
    /// <param name="stage">Told the step about to run; the page renders it before the step starts.</param>
    /// <param name="cancellationToken">Stops a long run between files and rules.</param>
    public static async Task<PageResult> ComputeAsync(IReadOnlyList<DroppedFile> files, PageChoices choices, Func<string, Task> stage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(stage);
        var inputs = Inputs(files, choices.CollectionYear);
        if (!inputs.HasRecords)
        {
            return PageResult.Failed("Give an SSDA903 file, a children in need census or a Workforce CSV: the other inputs only qualify them.");
        }
        var used = files.Where(f => f.Kind != InputKind.NotUsed).ToList();
        await stage($"Reading {used.Count} file{(used.Count == 1 ? "" : "s")} ({used.Sum(f => (long)f.Bytes.Length) / 1024:N0} KB)").ConfigureAwait(true);
        KpiInputs loaded;
        try
        {
            loaded = KpiInputs.Read(inputs, null, cancellationToken);
        }
        catch (InputFileException e)
        {
            return PageResult.Failed(e.Message);
        }

        await stage($"Computing the year ending {choices.PeriodEnd:yyyy-MM-dd}").ConfigureAwait(true);
        var publication = new PublicationOptions { SuppressionThreshold = choices.SuppressionThreshold, PseudonymisationKey = choices.PseudonymisationKey };
        var request = loaded.Request(ReportingPeriod.YearEnding(choices.PeriodEnd)) with
        {
            // Child-level reasons, as compute --detail gives them.
            Options = ComputeOptions.Default with { Explain = true },
            Publication = publication,
        };
        var published = ComputeReport.Compute(request).Publish(publication);
        var rows = published.Inputs.Rows;
        var notes = ImmutableArray.CreateBuilder<string>();
        notes.Add($"Computed {published.Indicators.Length} indicator{(published.Indicators.Length == 1 ? "" : "s")} for {published.Period}; rows: {rows.Read} read, {rows.Used} used, {rows.Excluded} excluded, {rows.Rejected} rejected.");
        notes.AddRange(published.Inputs.Warnings.Select(w => $"warning: {w}"));

        var tableOfFile = published.Inputs.Files.GroupBy(f => f.Path).ToDictionary(g => g.Key, g => string.Join("/", g.Select(f => f.Table)));
        return new PageResult(published, [.. published.Inputs.AllFindings().Select(f => FindingRow.FromReader(f, tableOfFile))], notes.ToImmutable(), null);
    }

    /// <summary>
    /// <paramref name="computed"/> with the DfE's rules' findings and notes added: run after the figures are shown, so that
    /// the rules over a large return do not hold the figures back. Under <paramref name="pseudonymisationKey"/> the findings
    /// name children as the figures do, as <c>validate --dfe --pseudonymise-key</c> does.
    /// </summary>
    public static PageResult WithDfeRules(PageResult computed, IReadOnlyList<DroppedFile> files, CollectionYear? collectionYear, CancellationToken cancellationToken,
        string? pseudonymisationKey = null)
    {
        ArgumentNullException.ThrowIfNull(computed);
        ArgumentNullException.ThrowIfNull(files);
        var notes = computed.Notes.ToBuilder();
        var findings = computed.Findings.ToBuilder();
        var validations = ImmutableArray.CreateBuilder<DfeValidation>();
        var publication = new PublicationOptions { PseudonymisationKey = pseudonymisationKey };
        foreach (var checkedReturn in DfeValidations(files, collectionYear, notes, cancellationToken))
        {
            var validation = checkedReturn.Publish(publication);
            int errors = validation.Findings.Count(f => f.Kind == DfeRuleKind.Error);
            string what = validation.Return == DfeReturn.Ssda903 ? "SSDA903" : "CIN census";
            notes.Add($"DfE {what} rules of {validation.Year}: {validation.Outcomes.Count(o => o.Status == DfeRuleStatus.Ran)} of {validation.Outcomes.Length} ran; {validation.Findings.Length} findings ({errors} errors).");
            findings.AddRange(validation.Findings.Select(FindingRow.FromDfe));
            validations.Add(validation);
        }
        return computed with { Findings = findings.ToImmutable(), Notes = notes.ToImmutable(), DfeValidations = validations.ToImmutable() };
    }

    /// <summary>The files by kind, as <c>compute</c>'s options give them to the loader.</summary>
    public static KpiInputFiles Inputs(IReadOnlyList<DroppedFile> files, CollectionYear? collectionYear)
    {
        ArgumentNullException.ThrowIfNull(files);
        InputSource? Of(InputKind kind)
        {
            var given = files.Where(f => f.Kind == kind).Select(f => f.ToInputFile()).ToList();
            return given.Count == 0 ? null : InputSource.FromFiles(given);
        }
        return new KpiInputFiles
        {
            Ssda903 = Of(InputKind.Ssda903),
            Ssda903CollectionYear = collectionYear,
            ChildrenInNeed = Of(InputKind.ChildrenInNeed),
            Population = Of(InputKind.Population),
            Finance = Of(InputKind.Finance),
            Workforce = Of(InputKind.Workforce),
            Targets = Of(InputKind.Targets),
            Bands = Of(InputKind.Bands),
            Comparators = Of(InputKind.Comparators),
        };
    }

    /// <summary>
    /// The DfE's rules as <c>validate --dfe</c> runs them: the SSDA903 ones over the SSDA903 CSV files (one year's return),
    /// the CIN ones over each census XML file (each a return of its own); a return that cannot be checked is noted, not fatal.
    /// </summary>
    private static IEnumerable<DfeValidation> DfeValidations(IReadOnlyList<DroppedFile> files, CollectionYear? year,
        ImmutableArray<string>.Builder notes, CancellationToken cancellationToken)
    {
        var ssda903Csv = files.Where(f => f.Kind == InputKind.Ssda903 && IsExtension(f, ".csv")).Select(f => f.ToInputFile()).ToList();
        var returns = new List<(string What, Func<DfeValidation> Run)>();
        if (ssda903Csv.Count > 0)
        {
            returns.Add(("SSDA903", () => Ssda903DfeRules.Validate(ssda903Csv, null, year, null, cancellationToken)));
        }
        foreach (var census in files.Where(f => f.Kind == InputKind.ChildrenInNeed && IsExtension(f, ".xml")))
        {
            returns.Add((census.Path, () => CinReturnValidator.Validate(census.ToInputFile(), year, null, cancellationToken)));
        }
        foreach (var (what, run) in returns)
        {
            DfeValidation? validation = null;
            try
            {
                validation = run();
            }
            catch (Exception e) when (e is InputFileException or ArgumentException)
            {
                notes.Add($"DfE rules of {what} not run: {e.Message}");
            }
            if (validation is not null)
            {
                yield return validation;
            }
        }
    }

    private static bool IsExtension(DroppedFile file, string extension) =>
        file.Path.EndsWith(extension, StringComparison.OrdinalIgnoreCase);
}
