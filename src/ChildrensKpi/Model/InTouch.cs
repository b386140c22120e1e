namespace ChildrensKpi;

/// <summary>Whether the council is in touch with a care leaver (OC3 <c>IN_TOUCH</c>).</summary>
public enum InTouch : byte
{
    /// <summary><c>YES</c>: in touch.</summary>
    Yes = 1,

    /// <summary><c>NO</c>: not in touch.</summary>
    No,

    /// <summary><c>DIED</c>: the young person has died (excluded from the care-leaver cohort).</summary>
    Died,

    /// <summary><c>REFU</c>: the young person refuses contact (not in touch).</summary>
    RefusesContact,

    /// <summary><c>NREQ</c>: no longer requires services.</summary>
    NoLongerRequiresServices,

    /// <summary><c>RHOM</c>: returned home.</summary>
    ReturnedHome,
}
