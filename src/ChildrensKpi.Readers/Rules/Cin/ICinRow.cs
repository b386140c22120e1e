namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>A row of one of the census tables as the rules read them: where it is, and whose it is.</summary>
internal interface ICinRow
{
    /// <summary>The DfE's name of the table (<c>CINdetails</c>, <c>Assessments</c>, ...).</summary>
    string Table { get; }

    /// <summary>The element's path with 1-based positions among same-name siblings (<c>/Message/Children[1]/Child[2]/CINdetails[1]</c>).</summary>
    string Path { get; }

    /// <summary>The source line of the element.</summary>
    long Line { get; }

    /// <summary>The index of the child in <see cref="CinReturnTables.Children"/>; -1 for the header.</summary>
    int Child { get; }
}
