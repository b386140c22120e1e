namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// 1530, "UPN invalid (characters 2-4 not a recognised LA code)": the three characters after the check letter must be a
/// local authority number of the DfE's list, which is not in the return: it is taken as an optional input
/// (<see cref="CinReturnTables.LocalAuthorityNumbers"/>), and the rule is not run without it.
/// </summary>
internal sealed class CinUpnAuthorityRule() : CinCheck("1530")
{
    public override DfeReference Needs => DfeReference.LocalAuthorityNumbers;

    public override void Check(DfeCheckContext<CinReturnTables> context)
    {
        var numbers = context.Current.LocalAuthorityNumbers
            ?? throw new InvalidOperationException("1530 is run only with the list of local authority numbers.");
        foreach (var child in context.Current.Children)
        {
            if (child.Upn is { } upn && (upn.Length < 4 || !numbers.Contains(upn.Substring(1, 3))))
            {
                Flag(context, child, upn);
            }
        }
    }
}
