namespace ChildrensKpi.Tests.Web;

/// <summary>
/// A measurement for the README, not a check of the build: run only when <c>CKPI_WEB_MEASURE=&lt;ssda903 folder&gt;</c>
/// names a return to time (e.g. one made by <c>childrens-kpi generate</c>), and Chromium is installed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WebMeasureFactAttribute : FactAttribute
{
    public WebMeasureFactAttribute()
    {
        Skip = Environment.GetEnvironmentVariable("CKPI_WEB_MEASURE") is not { Length: > 0 }
            ? "A measurement: set CKPI_WEB_MEASURE=<ssda903 folder> to time the page on that return."
            : Chromium.Executable is null ? "Needs Chromium (Debian's chromium package, or CHROMIUM=<path>)." : null;
    }
}
