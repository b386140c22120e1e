namespace ChildrensKpi.Cli.Output;

/// <summary>An aligned plain-text table for a terminal: the figures first, then what happened to the input rows.</summary>
internal static class TableWriter
{
    private const int RejectionsShown = 20;

    public static void Write(ComputeReport report, bool detail, TextWriter writer, Publication? publication = null)
    {
        publication ??= Publication.Default;
        writer.WriteLine($"ChildrensKpi: {NodaTime.Text.LocalDatePattern.Iso.Format(report.Period.Start)} to {NodaTime.Text.LocalDatePattern.Iso.Format(report.Period.End)}");
        writer.WriteLine();
        bool judged = !report.Assessments.IsEmpty;
        string[] header = judged
            ? ["Indicator", "Name", "Numerator", "Denominator", "Value", "Polarity", "Target", "RAG", "Band", "Rank", "England", "Travel"]
            : ["Indicator", "Name", "Numerator", "Denominator", "Value", "Polarity"];
        var shown = report.Results.Select(r => Disclosure.Apply(r, publication.SuppressionThreshold)).ToList();
        var rows = shown.Select(s =>
        {
            var r = s.Result;
            string[] cells =
            [
                r.Definition.Id, r.Definition.Name,
                s.NumeratorSuppressed ? Publication.Withheld : ValueText.Number(r.Numerator),
                s.DenominatorSuppressed ? Publication.Withheld : ValueText.Number(r.Denominator),
                s.ValueSuppressed ? Publication.Withheld : ValueText.Format(r), ValueText.Polarity(r.Definition.Polarity),
            ];
            if (!judged)
            {
                return cells;
            }
            var a = report.Assessments.FirstOrDefault(x => x.Indicator == r.Definition.Id);
            // A judgement of a withheld value would reveal it: rank and band are withheld with it.
            bool hidden = s.ValueSuppressed;
            return [.. cells,
                a?.Target is { } t ? ValueText.Number(t) : "", hidden ? Publication.Withheld : a?.Rag?.ToString() ?? "",
                hidden ? Publication.Withheld : a?.Band?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                hidden ? Publication.Withheld : a?.Rank is { } rank ? $"{rank} of {a.RankOf}" : "", a?.National is { } n ? ValueText.Number(n) : "",
                hidden ? Publication.Withheld : a?.DirectionOfTravel?.ToString() ?? ""];
        }).ToList();
        WriteAligned(writer, header, rows, rightAligned: judged ? [2, 3, 4, 6, 8, 9, 10] : [2, 3, 4]);
        if (shown.Any(s => s.IsSuppressed))
        {
            writer.WriteLine($"  {Publication.Withheld}: withheld, counts from 1 to {publication.SuppressionThreshold} and figures that would reveal them (--suppression-threshold 0 shows all)");
        }
        foreach (var result in report.Results.Where(r => !r.Notes.IsEmpty))
        {
            foreach (var note in result.Notes)
            {
                writer.WriteLine($"  {result.Definition.Id}: {note}");
            }
        }
        if (detail)
        {
            foreach (var result in report.Results)
            {
                writer.WriteLine();
                writer.WriteLine($"{result.Definition.Id} children");
                WriteAligned(writer, ["Child", "Item", "Denominator", "Numerator", "Reason"],
                    [.. result.Children.Select(c => new[] { publication.ChildId(c.ChildId.Value), c.Subject ?? "", c.InDenominator ? "yes" : "no", c.InNumerator ? "yes" : "no", c.Reason })], rightAligned: []);
            }
        }

        var total = report.Inputs.Rows;
        writer.WriteLine();
        writer.WriteLine($"Rows: {total.Read} read = {total.Used} used + {total.Excluded} excluded + {total.Rejected} rejected");
        WriteAligned(writer, ["File", "Table", "Read", "Used", "Excluded", "Rejected"],
            [.. report.Inputs.Files.Select(f => new[] { f.Path, f.Table, f.Rows.Read.ToString(), f.Rows.Used.ToString(), f.Rows.Excluded.ToString(), f.Rows.Rejected.ToString() })],
            rightAligned: [2, 3, 4, 5]);
        if (!report.Inputs.Rejections.IsEmpty)
        {
            writer.WriteLine();
            writer.WriteLine($"Rejections ({report.Inputs.Rejections.Length}):");
            foreach (var rejection in report.Inputs.Rejections.Take(RejectionsShown))
            {
                writer.WriteLine($"  {rejection}");
            }
            if (report.Inputs.Rejections.Length > RejectionsShown)
            {
                writer.WriteLine($"  ... and {report.Inputs.Rejections.Length - RejectionsShown} more (use --format json for all)");
            }
        }
    }

    private static void WriteAligned(TextWriter writer, string[] header, List<string[]> rows, int[] rightAligned)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => rightAligned.Contains(i) ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
        writer.WriteLine(Line(header));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            writer.WriteLine(Line(row));
        }
    }
}
