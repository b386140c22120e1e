namespace ChildrensKpi.Tests.Fixtures;

/// <summary>A fact on <see cref="SharedData"/>: skipped when the shared folder is absent, unless it is required (then it runs and fails).</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.IsPresent && !SharedData.IsRequired)
        {
            Skip = $"{SharedData.Root} is absent (set {SharedData.RequireVariable}=1 to fail instead).";
        }
    }
}
