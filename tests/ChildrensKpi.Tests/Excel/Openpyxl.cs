using System.Diagnostics;
using System.Text.Json;

namespace ChildrensKpi.Tests.Excel;

/// <summary>
/// Python's openpyxl (Debian's <c>python3-openpyxl</c>), an Excel reader written apart from the Open XML SDK that writes
/// the workbooks: what it reads back is what another program sees. Tests that use it are <see cref="OpenpyxlFactAttribute"/>s.
/// </summary>
internal static class Openpyxl
{
    // Reads every sheet: its frozen cell, filter range, tab colour, printed header, column widths, and each cell's value
    // (dates as ISO text), openpyxl's data type ('f' is a formula) and number format.
    private const string Script = """
        import json, sys, datetime, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        def cell(c):
            v = c.value
            if isinstance(v, (datetime.datetime, datetime.date)):
                v = v.isoformat()
            return {"v": v, "t": c.data_type, "f": c.number_format, "fill": c.fill.fgColor.rgb if c.fill and c.fill.fill_type else None}
        sheets = []
        for ws in wb.worksheets:
            sheets.append({
                "name": ws.title,
                "freeze": ws.freeze_panes,
                "filter": ws.auto_filter.ref,
                "tab": ws.sheet_properties.tabColor.rgb if ws.sheet_properties.tabColor else None,
                "printHeader": ws.oddHeader.center.text if ws.oddHeader and ws.oddHeader.center else None,
                "widths": {k: d.width for k, d in ws.column_dimensions.items()},
                "rows": [[cell(c) for c in row] for row in ws.iter_rows()],
            })
        json.dump({"sheets": sheets}, sys.stdout)
        """;

    private static readonly Lazy<string?> Interpreter = new(Find);

    /// <summary>Why a test that needs openpyxl is skipped, or null when it runs: under <c>CI=true</c> it runs, and fails without openpyxl.</summary>
    public static string? SkipReason => Interpreter.Value is not null || Environment.GetEnvironmentVariable("CI") == "true"
        ? null
        : "Needs Python 3 with openpyxl (Debian: apt-get install python3-openpyxl; .ci/install-notebook-tools installs it); CI=true fails instead of skipping.";

    /// <summary>The workbook at <paramref name="path"/> as openpyxl reads it.</summary>
    public static JsonElement Read(string path)
    {
        string python = Interpreter.Value ?? throw new InvalidOperationException("CI=true but no python3 with openpyxl: install python3-openpyxl (.ci/install-notebook-tools does).");
        var (exitCode, output, error) = Run(python, "-c", Script, path);
        Assert.True(exitCode == 0, $"openpyxl could not read {path}:\n{error}");
        return JsonDocument.Parse(output).RootElement;
    }

    /// <summary>The first of Python on the path and Debian's own that imports openpyxl (a pyenv python on the path has none of Debian's modules).</summary>
    private static string? Find()
    {
        foreach (var candidate in new[] { "python3", "/usr/bin/python3" })
        {
            try
            {
                if (Run(candidate, "-c", "import openpyxl").ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed.
            }
        }
        return null;
    }

    private static (int ExitCode, string Output, string Error) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
