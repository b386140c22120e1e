namespace ChildrensKpi;

/// <summary>A child's sex as the SSDA903 return codes it (<c>SEX</c>: 1 male, 2 female).</summary>
public enum Sex
{
    /// <summary>Code 1.</summary>
    Male = 1,

    /// <summary>Code 2.</summary>
    Female = 2,
}
