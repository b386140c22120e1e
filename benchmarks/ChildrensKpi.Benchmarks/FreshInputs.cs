namespace ChildrensKpi.Benchmarks;

/// <summary>
/// A copy of loaded inputs sharing their records but none of their derived indexes, so that each measured computation
/// builds the care histories (and the other lazily built views) inside the measurement, as a real run does.
/// </summary>
public static class FreshInputs
{
    /// <summary>The inputs of <paramref name="inputs"/> with new <see cref="LookedAfterData"/> and <see cref="ChildrenInNeedData"/>.</summary>
    public static IndicatorInputs Of(IndicatorInputs inputs) => inputs with
    {
        LookedAfter = inputs.LookedAfter is { } looked
            ? new LookedAfterData(looked.Episodes, looked.Children, looked.CareLeavers)
            {
                Reviews = looked.Reviews,
                Oc2Outcomes = looked.Oc2Outcomes,
                AdoptionDecisions = looked.AdoptionDecisions,
                PlacementsForAdoption = looked.PlacementsForAdoption,
                MissingEpisodes = looked.MissingEpisodes,
            }
            : null,
        ChildrenInNeed = inputs.ChildrenInNeed is { } cin
            ? new ChildrenInNeedData(cin.Referrals, cin.Assessments, cin.Enquiries, cin.Plans, cin.Children)
            : null,
    };
}
