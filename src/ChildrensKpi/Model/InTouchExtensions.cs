namespace ChildrensKpi;

/// <summary>The OC3 codes of <see cref="InTouch"/>.</summary>
public static class InTouchExtensions
{
    /// <summary>The code the OC3 table writes for <paramref name="inTouch"/>: YES, NO, DIED, REFU, NREQ or RHOM.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="inTouch"/> is not a defined value.</exception>
    public static string Code(this InTouch inTouch) => inTouch switch
    {
        InTouch.Yes => "YES",
        InTouch.No => "NO",
        InTouch.Died => "DIED",
        InTouch.RefusesContact => "REFU",
        InTouch.NoLongerRequiresServices => "NREQ",
        InTouch.ReturnedHome => "RHOM",
        _ => throw new ArgumentOutOfRangeException(nameof(inTouch), inTouch, "Not an OC3 IN_TOUCH value."),
    };
}
