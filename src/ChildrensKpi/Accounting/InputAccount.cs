using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>
/// The account of everything read: each file's row counts, every rejection, the exclusions by reason, and
/// warnings about the files themselves (e.g. columns the library ignores).
/// </summary>
public sealed record InputAccount
{
    /// <summary>Creates an account.</summary>
    public InputAccount(
        ImmutableArray<FileAccount> files,
        ImmutableArray<Rejection> rejections,
        ImmutableArray<Exclusion> exclusions,
        ImmutableArray<string> warnings)
    {
        Files = files.IsDefault ? [] : files;
        Rejections = rejections.IsDefault ? [] : rejections;
        Exclusions = exclusions.IsDefault ? [] : exclusions;
        Warnings = warnings.IsDefault ? [] : warnings;
    }

    /// <summary>An account of nothing read.</summary>
    public static InputAccount Empty { get; } = new([], [], [], []);

    /// <summary>Each file read, in the order read.</summary>
    public ImmutableArray<FileAccount> Files { get; }

    /// <summary>Every rejected row (and every rejected file), in the order found.</summary>
    public ImmutableArray<Rejection> Rejections { get; }

    /// <summary>Excluded rows, counted by file and reason.</summary>
    public ImmutableArray<Exclusion> Exclusions { get; }

    /// <summary>Remarks about the files, e.g. extra columns ignored.</summary>
    public ImmutableArray<string> Warnings { get; }

    /// <summary>
    /// Rows that broke a validation rule of severity <see cref="ValidationSeverity.Warn"/> and were used all the same,
    /// in the order found (rejected rows are in <see cref="Rejections"/>).
    /// </summary>
    public ImmutableArray<ValidationFinding> Findings
    {
        get => _findings.IsDefault ? [] : _findings;
        init => _findings = value;
    }

    private readonly ImmutableArray<ValidationFinding> _findings;

    /// <summary>Every finding: each rejection (severity <see cref="ValidationSeverity.Reject"/>), then each warning.</summary>
    public IEnumerable<ValidationFinding> AllFindings() => Rejections.Select(ValidationFinding.FromRejection).Concat(Findings);

    /// <summary>The row counts of all files together.</summary>
    public RowCounts Rows => Files.Aggregate(default(RowCounts), (total, file) => total + file.Rows);

    /// <summary>This account followed by <paramref name="other"/>, e.g. SSDA903 files and the Population file.</summary>
    public InputAccount Combine(InputAccount other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new([.. Files, .. other.Files], [.. Rejections, .. other.Rejections], [.. Exclusions, .. other.Exclusions], [.. Warnings, .. other.Warnings])
        {
            Findings = [.. Findings, .. other.Findings],
        };
    }
}
