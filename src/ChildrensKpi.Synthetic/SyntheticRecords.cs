using NodaTime;

namespace ChildrensKpi.Synthetic;

/// <summary>Every generated record, in child order, before it becomes a data set or files.</summary>
internal sealed class SyntheticRecords(SyntheticOptions options)
{
    public SyntheticOptions Options { get; } = options;

    /// <summary>The first day of the first reporting year.</summary>
    public LocalDate FirstDay { get; } = options.LastYearEnding.PlusYears(-options.Years).PlusDays(1);

    /// <summary>The last day of the last reporting year: nothing later is known.</summary>
    public LocalDate LastDay { get; } = options.LastYearEnding;

    public List<Episode> Episodes { get; } = [];

    public List<Child> Headers { get; } = [];

    public List<CareLeaverOutcome> CareLeavers { get; } = [];

    public List<ChildInNeed> ChildrenInNeed { get; } = [];

    public List<Referral> Referrals { get; } = [];

    public List<Assessment> Assessments { get; } = [];

    public List<Section47Enquiry> Enquiries { get; } = [];

    public List<ProtectionPlan> Plans { get; } = [];

    public static SyntheticRecords Generate(SyntheticOptions options)
    {
        var records = new SyntheticRecords(options);
        for (int i = 0; i < options.Children; i++)
        {
            LookedAfterGenerator.Child(records, i);
        }
        for (int i = 0; i < options.Children; i++)
        {
            ChildrenInNeedGenerator.Child(records, i);
        }
        return records;
    }
}
