namespace ChildrensKpi.Tests.Excel;

/// <summary>A fact that reads a workbook with <see cref="Openpyxl"/>: skipped, with the reason, without it, unless <c>CI=true</c>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OpenpyxlFactAttribute : FactAttribute
{
    public OpenpyxlFactAttribute()
    {
        Skip = Openpyxl.SkipReason;
    }
}
