namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>
/// 633, "Local authority code where previous permanence option was arranged is not a valid value": a given LA_PERM is a
/// local authority number of the DfE's list (<see cref="DfeLocalAuthorityNumbers"/>), which is not in the return, so
/// the rule needs the list and is reported not run without it. Flags the PrevPerm row.
/// </summary>
/// <remarks>
/// Reading chosen: besides the list's numbers (English authorities), the codes for an order arranged elsewhere in the
/// United Kingdom or abroad are valid: <c>WAL</c>, <c>SCO</c>, <c>NIR</c> and <c>NUK</c>, which no list of English
/// authority numbers holds (the councils' validator passes <c>SCO</c> in its own test). A blank LA_PERM is not judged
/// (whether it must be given is the rules on PREV_PERM's). Values are compared as written, surrounding spaces ignored.
/// </remarks>
internal sealed class PermanenceAuthorityCheck() : Ssda903Check("633", DfeReference.LocalAuthorityNumbers)
{
    /// <inheritdoc/>
    public override void Check(DfeCheckContext<Ssda903ReturnTables> context)
    {
        var numbers = context.LocalAuthorityNumbers!;
        var table = context.Current.PrevPerm;
        var la = table.Column("LA_PERM");
        for (int row = 0; row < table.RowCount; row++)
        {
            if (la[row] is { } code && code.Trim() is not ("WAL" or "SCO" or "NIR" or "NUK") && !numbers.Contains(code))
            {
                Flag(context, table, row);
            }
        }
    }
}
