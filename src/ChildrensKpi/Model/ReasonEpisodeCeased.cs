namespace ChildrensKpi;

/// <summary>Why an SSDA903 episode ended (<c>REC</c>).</summary>
public enum ReasonEpisodeCeased : byte
{
    /// <summary>Adopted: application for an adoption order unopposed.</summary>
    E11 = 1,

    /// <summary>Adopted: consent dispensed with by the court.</summary>
    E12,

    /// <summary>Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility.</summary>
    E13,

    /// <summary>Accommodation on remand ended.</summary>
    E14,

    /// <summary>Age assessment determined child is aged 18 or over.</summary>
    E15,

    /// <summary>Child moved abroad.</summary>
    E16,

    /// <summary>Aged 18 (or over) and remained with current carers.</summary>
    E17,

    /// <summary>Died.</summary>
    E2,

    /// <summary>Care taken over by another local authority.</summary>
    E3,

    /// <summary>Returned home to live with parent(s) as part of the care planning process.</summary>
    E4A,

    /// <summary>Returned home to live with parent(s) not as part of the care planning process.</summary>
    E4B,

    /// <summary>Residence order or child arrangements order granted.</summary>
    E41,

    /// <summary>Special guardianship order made to former foster carer(s).</summary>
    E45,

    /// <summary>Special guardianship order made to carer(s) other than former foster carer(s).</summary>
    E46,

    /// <summary>Special guardianship order made to a relative or friend, former foster carer.</summary>
    E47,

    /// <summary>Special guardianship order made to a relative or friend, not former foster carer.</summary>
    E48,

    /// <summary>Moved into independent living (with supportive accommodation).</summary>
    E5,

    /// <summary>Moved into independent living (without formalised support).</summary>
    E6,

    /// <summary>Transferred to residential care funded by adult social care.</summary>
    E7,

    /// <summary>Period of being looked after ceased for any other reason.</summary>
    E8,

    /// <summary>Sentenced to custody.</summary>
    E9,

    /// <summary>Episode ceases and a new one begins on the same day (the period of care continues).</summary>
    X1,

    /// <summary>Special guardianship order made to former foster carer(s): 2016-17 and 2017-18, before E45–E48 replaced it.</summary>
    E43,

    /// <summary>Special guardianship order made to carer(s) other than former foster carer(s): 2016-17 and 2017-18, before E45–E48.</summary>
    E44,
}
