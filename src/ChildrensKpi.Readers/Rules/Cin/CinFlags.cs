namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>The census's yes/no items (<c>ReferralNFA</c>, <c>ICPCnotRequired</c>) as the schema's <c>xs:boolean</c> writes them.</summary>
internal static class CinFlags
{
    /// <summary><c>true</c> or <c>1</c> (case-insensitive; surrounding space trimmed by the reader).</summary>
    public static bool IsTrue(string? text) => text is "1" || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>false</c> or <c>0</c>.</summary>
    public static bool IsFalse(string? text) => text is "0" || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase);
}
