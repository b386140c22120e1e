namespace ChildrensKpi;

/// <summary>How a looked-after child took part in a review (SSDA903 Reviews <c>REVIEW_CODE</c>).</summary>
public enum ReviewParticipation : byte
{
    /// <summary><c>PN0</c>: the child was under 4 at the review.</summary>
    PN0,

    /// <summary><c>PN1</c>: the child attended and spoke for themselves.</summary>
    PN1,

    /// <summary><c>PN2</c>: the child attended and an advocate spoke for them.</summary>
    PN2,

    /// <summary><c>PN3</c>: the child attended and conveyed their views symbolically (non-verbally).</summary>
    PN3,

    /// <summary><c>PN4</c>: the child attended without contributing.</summary>
    PN4,

    /// <summary><c>PN5</c>: the child did not attend, and an advocate conveyed their views.</summary>
    PN5,

    /// <summary><c>PN6</c>: the child did not attend, and conveyed their views by another method (e.g. in writing).</summary>
    PN6,

    /// <summary><c>PN7</c>: the child did not take part.</summary>
    PN7,
}
