using System.Collections.Immutable;
using NodaTime;

namespace ChildrensKpi;

/// <summary>A child in the children in need census (<c>Child/ChildIdentifiers</c> and <c>ChildCharacteristics</c>).</summary>
/// <param name="Id">The council's identifier (<c>LAchildID</c>).</param>
/// <param name="DateOfBirth">Date of birth (<c>PersonBirthDate</c>); null for an unborn child.</param>
/// <param name="Sex">Sex (<c>GenderCurrent</c> 1/2 or, from 2024–25, <c>Sex</c> M/F); null when not known or not stated.</param>
/// <param name="Ethnicity">Ethnicity code (e.g. <c>WBRI</c>), when given.</param>
public sealed record ChildInNeed(ChildId Id, LocalDate? DateOfBirth = null, Sex? Sex = null, string? Ethnicity = null)
{
    /// <summary>
    /// The child's disability codes (<c>ChildCharacteristics/Disabilities/Disability</c>: NONE, MOB, HAND, PC, INC, COMM,
    /// LD, HEAR, VIS, BEH, CON, AUT, DDA), as recorded; empty when none was given, which CIN_DISABLED reads as no
    /// disability (indicators-current.md).
    /// </summary>
    /// <remarks>A default array reads as empty, so that every reader may enumerate it.</remarks>
    /// <exception cref="ArgumentException">A code is null or blank: no census code is, and CIN_DISABLED would count it as a disability.</exception>
    public ImmutableArray<string> Disabilities
    {
        get => _disabilities;
        init => _disabilities = value.IsDefault ? []
            : value.Any(string.IsNullOrWhiteSpace) ? throw new ArgumentException("A disability code must not be null or blank.", nameof(Disabilities))
            : value;
    }

    private readonly ImmutableArray<string> _disabilities = [];

    /// <summary>Whether <paramref name="other"/> is the same child with the same characteristics, disabilities compared code by code in order.</summary>
    public bool Equals(ChildInNeed? other) =>
        other is not null && Id == other.Id && DateOfBirth == other.DateOfBirth && Sex == other.Sex
        && string.Equals(Ethnicity, other.Ethnicity, StringComparison.Ordinal) && Disabilities.SequenceEqual(other.Disabilities, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, DateOfBirth, Sex, Ethnicity, Disabilities.Length);
}
