namespace ChildrensKpi.Tests.Web;

/// <summary>
/// A fact that drives Debian's headless <c>chromium</c>: skipped, with the reason, on a machine without it, but run (and
/// failed on the missing browser) under <c>CI=true</c>, since CI installs it (<c>.ci/install-notebook-tools</c>) and must
/// not pass by skipping.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "Needs Chromium (Debian's chromium package, or CHROMIUM=<path>): none on PATH. CI (CI=true) installs it and fails instead of skipping.";
        }
    }
}
