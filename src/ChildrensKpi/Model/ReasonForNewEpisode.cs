namespace ChildrensKpi;

/// <summary>
/// Why an SSDA903 episode began (<c>RNE</c>). For the stability indicators a child moves to a new
/// placement only at <see cref="S"/>, <see cref="P"/> or <see cref="B"/>.
/// </summary>
public enum ReasonForNewEpisode : byte
{
    /// <summary>Started to be looked after: begins a period of care and a placement.</summary>
    S = 1,

    /// <summary>Change of legal status only: the placement continues.</summary>
    L,

    /// <summary>Change of placement and carer(s) only: a new placement.</summary>
    P,

    /// <summary>Change of legal status and of placement and carer(s): a new placement.</summary>
    B,

    /// <summary>Change of legal status and of placement but with the same carer(s): the placement continues.</summary>
    T,

    /// <summary>Change of placement but with the same carer(s) (e.g. a foster carer who becomes the adopter): the placement continues.</summary>
    U,
}
