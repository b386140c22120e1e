namespace ChildrensKpi.Cli.Output;

/// <summary>An aligned plain-text table for a terminal: the figures first, then what happened to the input rows.</summary>
internal static class TableWriter
{
    private const int RejectionsShown = 20;

    public static void Write(PublishedReport report, bool detail, TextWriter writer)
    {
        writer.WriteLine($"ChildrensKpi: {NodaTime.Text.LocalDatePattern.Iso.Format(report.Period.Start)} to {NodaTime.Text.LocalDatePattern.Iso.Format(report.Period.End)}");
        writer.WriteLine();
        bool judged = report.Judged;
        string[] header = judged
            ? ["Indicator", "Name", "Numerator", "Denominator", "Value", "Polarity", "Target", "RAG", "Band", "Rank", "England", "Travel"]
            : ["Indicator", "Name", "Numerator", "Denominator", "Value", "Polarity"];
        var rows = report.Indicators.Select(s =>
        {
            string[] cells =
            [
                s.Definition.Id, s.Definition.Name,
                ValueText.Figure(s.Numerator, s.NumeratorWithheld),
                ValueText.Figure(s.Denominator, s.DenominatorWithheld),
                ValueText.Format(s), ValueText.Polarity(s.Definition.Polarity),
            ];
            if (!judged)
            {
                return cells;
            }
            var a = s.Assessment;
            // The library has already withheld the judgements of a withheld value; they are marked, not left blank.
            bool hidden = s.ValueWithheld;
            return [.. cells,
                a?.Target is { } t ? ValueText.Number(t) : "", hidden ? Publication.Withheld : a?.Rag?.ToString() ?? "",
                hidden ? Publication.Withheld : a?.Band?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                hidden ? Publication.Withheld : a?.Rank is { } rank ? $"{rank} of {a.RankOf}" : "", a?.National is { } n ? ValueText.Number(n) : "",
                hidden ? Publication.Withheld : a?.DirectionOfTravel?.ToString() ?? ""];
        }).ToList();
        WriteAligned(writer, header, rows, rightAligned: judged ? [2, 3, 4, 6, 8, 9, 10] : [2, 3, 4]);
        if (report.Indicators.Any(s => s.IsSuppressed))
        {
            writer.WriteLine($"  {Publication.Withheld}: withheld, counts from 1 to {report.SuppressionThreshold} and figures that would reveal them (--suppression-threshold 0 shows all)");
        }
        foreach (var shown in report.Indicators)
        {
            foreach (var note in shown.Notes)
            {
                writer.WriteLine($"  {shown.Definition.Id}: {note}");
            }
        }
        if (detail)
        {
            foreach (var shown in report.Indicators)
            {
                writer.WriteLine();
                writer.WriteLine($"{shown.Definition.Id} children");
                if (shown.ChildrenWithheld)
                {
                    writer.WriteLine($"  not listed: counting them would give back the withheld figures (--suppression-threshold 0 lists them, for internal use only)");
                    continue;
                }
                WriteAligned(writer, ["Child", "Item", "Denominator", "Numerator", "Reason"],
                    [.. shown.Children.Select(c => new[] { c.ChildId.Value, c.Subject ?? "", c.InDenominator ? "yes" : "no", c.InNumerator ? "yes" : "no", c.Reason })], rightAligned: []);
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
