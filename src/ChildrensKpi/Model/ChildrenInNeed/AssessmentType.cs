namespace ChildrensKpi;

/// <summary>The kind of a children's social care assessment.</summary>
public enum AssessmentType : byte
{
    /// <summary>An initial assessment (before April 2013): NI 59 times it from the referral.</summary>
    Initial = 1,

    /// <summary>A core assessment (before April 2013): NI 60 times it from its own start.</summary>
    Core,

    /// <summary>A single assessment (Working Together 2013 onwards; every assessment in the XML census).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "\"Single assessment\" is the statutory name.")]
    Single,
}
