namespace ChildrensKpi.Tests.Fixtures;

/// <summary>A fact that needs Linux (its devices, such as <c>/dev/zero</c>); skipped, and reported as skipped, elsewhere.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Needs Linux: it reads /dev/zero through a symbolic link.";
        }
    }
}
