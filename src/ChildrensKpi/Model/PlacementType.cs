namespace ChildrensKpi;

/// <summary>
/// The type of placement of an SSDA903 episode (<c>PLACE</c>), current codes and the legacy codes used
/// before 2014–15 (F1–F6 foster, A1–A2 placed for adoption). <see cref="PlacementTypeExtensions.Family(PlacementType)"/>
/// maps both to the same family.
/// </summary>
public enum PlacementType : byte
{
    /// <summary>Legacy: placed for adoption with consent with current foster carer.</summary>
    A1 = 1,

    /// <summary>Legacy: placed for adoption with consent not with current foster carer.</summary>
    A2,

    /// <summary>Placed for adoption with placement order with current foster carer.</summary>
    A3,

    /// <summary>Placed for adoption with placement order not with current foster carer.</summary>
    A4,

    /// <summary>Placed for adoption with consent with current foster carer.</summary>
    A5,

    /// <summary>Placed for adoption with consent not with current foster carer.</summary>
    A6,

    /// <summary>Legacy: foster placement with relative or friend (long term).</summary>
    F1,

    /// <summary>Legacy: foster placement with relative or friend (other).</summary>
    F2,

    /// <summary>Legacy: placement with other foster carer, provided by the council (long term).</summary>
    F3,

    /// <summary>Legacy: placement with other foster carer, provided by the council (other).</summary>
    F4,

    /// <summary>Legacy: placement with other foster carer, arranged through an agency (long term).</summary>
    F5,

    /// <summary>Legacy: placement with other foster carer, arranged through an agency (other).</summary>
    F6,

    /// <summary>Semi-independent living accommodation not subject to children's homes regulations.</summary>
    H5,

    /// <summary>Secure children's home.</summary>
    K1,

    /// <summary>Children's home.</summary>
    K2,

    /// <summary>Registered supported accommodation.</summary>
    K3,

    /// <summary>Placed with own parent(s) or other person(s) with parental responsibility.</summary>
    P1,

    /// <summary>Independent living.</summary>
    P2,

    /// <summary>Residential employment.</summary>
    P3,

    /// <summary>Residential care home.</summary>
    R1,

    /// <summary>NHS or health trust, or other establishment providing medical or nursing care.</summary>
    R2,

    /// <summary>Family centre or mother and baby unit.</summary>
    R3,

    /// <summary>Young offender institution or prison.</summary>
    R5,

    /// <summary>Residential school.</summary>
    S1,

    /// <summary>Temporary placement: all types of temporary move (a current code; not a placement).</summary>
    T0,

    /// <summary>Temporary placement: temporary periods in hospital (a current code; not a placement).</summary>
    T1,

    /// <summary>Temporary placement: temporary absences of the child on holiday (a current code; not a placement).</summary>
    T2,

    /// <summary>Temporary placement: temporary accommodation while the normal foster carer is on holiday (a current code; not a placement).</summary>
    T3,

    /// <summary>Temporary placement: temporary accommodation of seven days or less, for any reason (a current code; not a placement).</summary>
    T4,

    /// <summary>Foster placement with relative or friend, long term.</summary>
    U1,

    /// <summary>Foster placement with relative or friend who is also an approved adopter.</summary>
    U2,

    /// <summary>Foster placement with relative or friend, not long term.</summary>
    U3,

    /// <summary>Foster placement with other foster carer, long term.</summary>
    U4,

    /// <summary>Foster placement with other foster carer who is also an approved adopter.</summary>
    U5,

    /// <summary>Foster placement with other foster carer, not long term.</summary>
    U6,

    /// <summary>Other placement.</summary>
    Z1,

    /// <summary>
    /// Other placement, one of the four codes Z11–Z14 that the 2025-26 return adds beside Z1 (the reference schema names the
    /// codes without labels); counted as <see cref="Z1"/> is, in <see cref="PlacementFamily.Other"/>.
    /// </summary>
    Z11,

    /// <summary>Other placement, from 2025-26 (see <see cref="Z11"/>).</summary>
    Z12,

    /// <summary>Other placement, from 2025-26 (see <see cref="Z11"/>).</summary>
    Z13,

    /// <summary>Other placement, from 2025-26 (see <see cref="Z11"/>).</summary>
    Z14,
}
