using System.Diagnostics;
using System.Globalization;
using System.Text;
using ChildrensKpi.Excel;
using ChildrensKpi.Readers;
using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Web.Run;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using NodaTime;
using NodaTime.Text;

namespace ChildrensKpi.Web;

/// <summary>The page: files in, choices, and the run's findings, indicators, children and downloads.</summary>
public sealed partial class KpiPage : IDisposable
{
    // A national return has millions of children and findings: the page lists the first few hundred, the downloads all.
    private const int ShownRows = 500;

    private readonly List<DroppedFile> files = [];
    private DotNetObjectReference<KpiPage>? self;
    private string status = "No files yet.";
    private string periodEnd = LocalDatePattern.Iso.Format(PageChoices.For(SystemClock.Instance.GetCurrentInstant().InUtc().Date).PeriodEnd);
    private string collectionYear = string.Empty;
    private string threshold = Disclosure.DefaultThreshold.ToString(CultureInfo.InvariantCulture);
    private bool dfeRules = true;
    private string pseudonymKey = string.Empty;
    private bool running;
    private string? error;
    private PageResult? result;
    private long elapsedMs;
    private bool rulesDone;
    private string? ruleFilter;
    private string? tableFilter;
    private string? childFilter;

    /// <summary>Adds one file read by the page's script (called from JavaScript, once per file).</summary>
    /// <param name="path">The file's name, or its path inside the folder given.</param>
    /// <param name="bytes">Its contents.</param>
    [JSInvokable]
    public void AddFile(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(bytes);
        // The same file given twice (dropped again) replaces the first, rather than being read twice.
        files.RemoveAll(f => f.Path == path);
        files.Add(new DroppedFile(path, bytes, InputKinds.Guess(path)));
    }

    /// <summary>Told by the page's script when the files of one drop or choice are all added.</summary>
    /// <param name="count">How many files were given.</param>
    /// <param name="bytes">Their total size.</param>
    /// <param name="milliseconds">How long the browser took to read them into the page.</param>
    [JSInvokable]
    public void FilesAdded(int count, long bytes, long milliseconds)
    {
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        status = $"{count} file{(count == 1 ? "" : "s")} ({bytes / 1048576.0:N1} MB) read into the page in {milliseconds / 1000.0:N1} s; {files.Count} in all. Nothing has left this machine.";
        StateHasChanged();
    }

    /// <inheritdoc />
    public void Dispose() => self?.Dispose();

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            self = DotNetObjectReference.Create(this);
            await JS.InvokeVoidAsync("ckpi.attach", self).ConfigureAwait(true);
        }
    }

    private void SetKind(int index, object? value)
    {
        if (Enum.TryParse<InputKind>(value?.ToString(), out var kind))
        {
            files[index] = files[index] with { Kind = kind };
        }
    }

    private void Clear()
    {
        files.Clear();
        result = null;
        error = null;
        status = "No files yet.";
    }

    private async Task RunAsync()
    {
        error = null;
        var choices = Choices(out string? choiceError);
        if (choices is null)
        {
            error = choiceError;
            return;
        }
        running = true;
        result = null;
        rulesDone = false;
        var clock = Stopwatch.StartNew();
        try
        {
            var run = await PageRunner.ComputeAsync(files, choices, StageAsync, CancellationToken.None).ConfigureAwait(true);
            elapsedMs = clock.ElapsedMilliseconds;
            error = run.Error;
            result = run.Report is null ? null : run;
            if (result is not null && choices.DfeRules)
            {
                // The figures first: render them, then run the DfE's rules, which do not change them.
                await StageAsync($"Figures in {elapsedMs / 1000.0:N1} s. Running the DfE's rules").ConfigureAwait(true);
                result = PageRunner.WithDfeRules(result, files, choices.CollectionYear, CancellationToken.None, choices.PseudonymisationKey);
                rulesDone = true;
            }
            status = run.Error is not null ? "Stopped."
                : $"Figures in {elapsedMs / 1000.0:N1} s{(choices.DfeRules ? $", the DfE's rules done in {clock.ElapsedMilliseconds / 1000.0:N1} s" : "")}, in this browser.";
        }
        finally
        {
            running = false;
        }
    }

    private PageChoices? Choices(out string? problem)
    {
        var date = LocalDatePattern.Iso.Parse(periodEnd);
        problem = !date.Success ? $"Year ending: '{periodEnd}' is not a date."
            : !int.TryParse(threshold, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? $"Withhold counts up to: '{threshold}' is not a whole number of 0 or more."
            : null;
        if (problem is not null)
        {
            return null;
        }
        CollectionYear? year = collectionYear.Length == 0 ? null : CollectionYear.Parse(collectionYear);
        // An empty key is no key: the page names children by their ids unless one is typed.
        return new PageChoices(date.Value, year, int.Parse(threshold, NumberStyles.None, CultureInfo.InvariantCulture), dfeRules,
            pseudonymKey.Length == 0 ? null : pseudonymKey);
    }

    // Renders the step about to run, then lets the browser paint it (a timer yields to the browser; a bare Yield does not).
    private async Task StageAsync(string stage)
    {
        status = $"{stage}\u2026";
        StateHasChanged();
        await Task.Delay(1).ConfigureAwait(true);
    }

    private async Task DownloadJsonAsync()
    {
        if (result?.Report is { } report)
        {
            using var stream = new MemoryStream();
            report.WriteJson(stream, includeChildren: true);
            // Ended by a newline, as compute writes it.
            stream.WriteByte((byte)'\n');
            await JS.InvokeVoidAsync("ckpi.download", FileName(report, "json"), "application/json", stream.ToArray()).ConfigureAwait(true);
        }
    }

    // compute --format csv, and with --detail its children: the library's CSV, UTF-8 without a byte order mark as the command line writes it.
    private async Task DownloadCsvAsync(bool includeChildren)
    {
        if (result?.Report is { } report)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            report.WriteCsv(text, includeChildren);
            string name = includeChildren ? $"childrens-kpi_{LocalDatePattern.Iso.Format(report.Period.End)}_children.csv" : FileName(report, "csv");
            await DownloadTextAsync(name, "text/csv", text.ToString()).ConfigureAwait(true);
        }
    }

    // validate --format csv: the readers' findings (rejected rows and warnings), as the figures name children.
    private async Task DownloadFindingsCsvAsync()
    {
        if (result?.Report is { } report)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            ValidationFinding.WriteCsv(report.Inputs.AllFindings(), text);
            await DownloadTextAsync($"childrens-kpi_{LocalDatePattern.Iso.Format(report.Period.End)}_findings.csv", "text/csv", text.ToString()).ConfigureAwait(true);
        }
    }

    // validate --dfe --format csv|json, one return at a time (the SSDA903 return, each census).
    private async Task DownloadDfeAsync(int index, bool json)
    {
        if (result is { } run && index < run.DfeValidations.Length)
        {
            var validation = run.DfeValidations[index];
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            if (json)
            {
                validation.WriteJson(text);
            }
            else
            {
                validation.WriteCsv(text);
            }
            string name = $"dfe-rules_{DfeName(validation).ToLowerInvariant()}_{validation.Year}{(index > 0 ? $"_{index}" : "")}.{(json ? "json" : "csv")}";
            await DownloadTextAsync(name, json ? "application/json" : "text/csv", text.ToString()).ConfigureAwait(true);
        }
    }

    private static string DfeName(DfeValidation validation) => validation.Return == DfeReturn.Ssda903 ? "SSDA903" : "CIN";

    // Text as the command line writes it to a file: UTF-8 without a byte order mark.
    private Task DownloadTextAsync(string name, string type, string text) =>
        JS.InvokeVoidAsync("ckpi.download", name, type, new UTF8Encoding(false).GetBytes(text)).AsTask();

    private async Task DownloadWorkbookAsync()
    {
        if (result?.Report is { } report)
        {
            using var stream = new MemoryStream();
            KpiWorkbook.Write(report, stream, includeChildren: true);
            await JS.InvokeVoidAsync("ckpi.download", FileName(report, "xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", stream.ToArray()).ConfigureAwait(true);
        }
    }

    private static string FileName(PublishedReport report, string extension) =>
        $"childrens-kpi_{LocalDatePattern.Iso.Format(report.Period.End)}.{extension}";

    // The figure as the page's test reads it: invariant, exact, "withheld" or "none".
    private static string Raw(decimal? figure, bool withheld) =>
        withheld ? "withheld" : figure?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static string Shown(decimal? figure, bool withheld) =>
        withheld ? KpiWorkbook.Withheld : figure?.ToString("0.####", CultureInfo.InvariantCulture) ?? "\u2013";
}
