namespace ChildrensKpi.Readers.Rules;

/// <summary>
/// The implementation of one DfE rule over one return's tables (<typeparamref name="TReturn"/>: the SSDA903 tables or
/// the CIN census tables): one linear pass (or a few) over the columns, flagging each row that breaks the rule. The
/// rule's metadata (message, tables, fields) is the year's <see cref="DfeRule"/>, not repeated here.
/// </summary>
/// <typeparam name="TReturn">The tables of the return the rule reads.</typeparam>
internal interface IDfeCheck<TReturn>
    where TReturn : class
{
    /// <summary>The code as the DfE's list writes it (<see cref="DfeRule.Code"/>).</summary>
    string Code { get; }

    /// <summary>What the rule needs beyond this year's return; when a need is not met the rule is reported as not run.</summary>
    DfeReference Needs { get; }

    /// <summary>Flags every row of <paramref name="context"/>'s return that breaks the rule.</summary>
    void Check(DfeCheckContext<TReturn> context);
}
