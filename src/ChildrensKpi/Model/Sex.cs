namespace ChildrensKpi;

/// <summary>A child's sex as the SSDA903 return codes it (<c>SEX</c>: 1 male, 2 female up to 2023-24; M, F, U from 2024-25).</summary>
public enum Sex
{
    /// <summary>Code 1, or M from 2024-25.</summary>
    Male = 1,

    /// <summary>Code 2, or F from 2024-25.</summary>
    Female = 2,

    /// <summary>Code U (unknown), from 2024-25.</summary>
    Unknown = 3,
}
