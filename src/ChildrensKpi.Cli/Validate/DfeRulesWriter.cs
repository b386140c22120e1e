using ChildrensKpi.Cli.Output;
using ChildrensKpi.Readers.Rules;

namespace ChildrensKpi.Cli.Validate;

/// <summary>
/// Writes the DfE rules' result (<c>validate --dfe</c>) in one format: each rule's outcome and each finding. One writer
/// per format, chosen by <see cref="For"/>; the JSON and CSV are the library's (<see cref="DfeValidation.WriteJson"/>,
/// <see cref="DfeValidation.WriteCsv"/>), the workbook (<c>--format xlsx</c>) is <see cref="DfeRulesWorkbook"/>, written to a file.
/// </summary>
internal abstract class DfeRulesWriter
{
    /// <summary>Writes <paramref name="validation"/> to <paramref name="writer"/>.</summary>
    public abstract void Write(DfeValidation validation, TextWriter writer);

    /// <summary>
    /// Writes the results of pooled files' authorities, each validated as its own return, to <paramref name="writer"/>:
    /// every finding with its authority, and each authority's rules.
    /// </summary>
    public abstract void Write(IReadOnlyList<(string Authority, DfeValidation Validation)> authorities, TextWriter writer);

    /// <summary>The writer of <paramref name="format"/>; null when the format has none.</summary>
    public static DfeRulesWriter? For(OutputFormat format) => format switch
    {
        OutputFormat.Json => new JsonWriter(),
        OutputFormat.Csv => new CsvWriter(),
        OutputFormat.Table => new TableWriter(),
        _ => null,
    };

    private sealed class JsonWriter : DfeRulesWriter
    {
        public override void Write(DfeValidation validation, TextWriter writer) => validation.WriteJson(writer);

        public override void Write(IReadOnlyList<(string Authority, DfeValidation Validation)> authorities, TextWriter writer) =>
            DfeValidationText.WriteJson(authorities, writer);
    }

    private sealed class CsvWriter : DfeRulesWriter
    {
        public override void Write(DfeValidation validation, TextWriter writer) => validation.WriteCsv(writer);

        public override void Write(IReadOnlyList<(string Authority, DfeValidation Validation)> authorities, TextWriter writer) =>
            DfeValidationText.WriteCsv(authorities, writer);
    }

    private sealed class TableWriter : DfeRulesWriter
    {
        public override void Write(DfeValidation validation, TextWriter writer)
        {
            var counts = validation.Outcomes.GroupBy(o => o.Status).ToDictionary(g => g.Key, g => g.Count());
            writer.WriteLine($"DfE {(validation.Return == DfeReturn.Ssda903 ? "SSDA903" : "CIN census")} rules {validation.Year}: {validation.Outcomes.Length} rules; {counts.GetValueOrDefault(DfeRuleStatus.Ran)} ran, " +
                $"{counts.GetValueOrDefault(DfeRuleStatus.NotRun)} not run, {counts.GetValueOrDefault(DfeRuleStatus.NotImplemented)} not implemented; {validation.Findings.Length} findings");
            foreach (var o in validation.Outcomes.Where(o => o.Status != DfeRuleStatus.NotImplemented))
            {
                // "rejects" marks the rules whose rows the indicators do not use.
                writer.WriteLine($"  {o.Rule.Id,-14} {DfeValidationText.Kind(o.Rule.Kind),-5} {DfeValidationText.Status(o.Status),-8} {o.Flagged,7} {(o.Rule.RejectsRow ? "rejects" : ""),-7}  {o.Reason ?? o.Rule.Message}");
            }
            writer.WriteLine("Findings:");
            foreach (var f in validation.Findings)
            {
                writer.WriteLine($"  {f.RuleId} {DfeValidationText.Kind(f.Kind)} {f.Table} {f.Locator}{(f.Child is null ? "" : $" child {f.Child}")}{(f.Value is null ? "" : $" {f.Value}")}: {f.Message}");
            }
        }

        // A section per authority, headed as compute heads each authority's figures.
        public override void Write(IReadOnlyList<(string Authority, DfeValidation Validation)> authorities, TextWriter writer)
        {
            for (int i = 0; i < authorities.Count; i++)
            {
                if (i > 0)
                {
                    writer.WriteLine();
                }
                writer.WriteLine($"Authority {authorities[i].Authority} (its rows of the pooled SSDA903 files alone)");
                Write(authorities[i].Validation, writer);
            }
        }
    }
}
