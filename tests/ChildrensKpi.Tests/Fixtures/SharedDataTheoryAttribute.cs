namespace ChildrensKpi.Tests.Fixtures;

/// <summary>A theory that reads <see cref="SharedData"/>: skipped when it is absent, unless it is required.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        Skip = SharedData.SkipReason;
    }
}
