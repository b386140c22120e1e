using ChildrensKpi.Readers;
using NodaTime;

namespace ChildrensKpi.Web.Run;

/// <summary>What the analyst chose on the page, the counterpart of <c>compute</c>'s options.</summary>
/// <param name="PeriodEnd">The last day of the year computed (<c>--year-ending</c>).</param>
/// <param name="CollectionYear">The collection year of every SSDA903 file (<c>--collection-year</c>); null to tell it per file from its name or dates.</param>
/// <param name="SuppressionThreshold">The largest count withheld (<c>--suppression-threshold</c>); 0 withholds nothing.</param>
/// <param name="DfeRules">Whether to run the DfE's rules over the SSDA903 CSV files and the census XML (<c>validate --dfe</c>).</param>
/// <param name="PseudonymisationKey">
/// The key children are named under in everything the page shows and downloads (<c>--pseudonymise-key</c>); null to name
/// them by their ids.
/// </param>
internal sealed record PageChoices(LocalDate PeriodEnd, CollectionYear? CollectionYear, int SuppressionThreshold, bool DfeRules, string? PseudonymisationKey = null)
{
    /// <summary>The page's first choices: the last complete year ended 31 March, with the command line's default threshold.</summary>
    public static PageChoices For(LocalDate today)
    {
        var lastMarch = new LocalDate(today.Year, 3, 31);
        return new PageChoices(today > lastMarch ? lastMarch : lastMarch.PlusYears(-1), null, Disclosure.DefaultThreshold, true);
    }
}
