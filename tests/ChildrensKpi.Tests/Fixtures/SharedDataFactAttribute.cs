namespace ChildrensKpi.Tests.Fixtures;

/// <summary>A fact that reads <see cref="SharedData"/>: skipped when it is absent, unless it is required.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        Skip = SharedData.SkipReason;
    }
}
