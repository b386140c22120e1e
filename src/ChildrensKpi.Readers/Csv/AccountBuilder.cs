using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>Collects the account of a read as it goes: per-file counts, rejections, exclusions by reason, warnings.</summary>
internal sealed class AccountBuilder
{
    private readonly List<FileAccount> _files = [];
    private readonly List<Rejection> _rejections = [];
    private readonly List<Exclusion> _exclusions = [];
    private readonly List<string> _warnings = [];

    public void AddFile(FileAccount file) => _files.Add(file);

    public void Reject(Rejection rejection) => _rejections.Add(rejection);

    public void Warn(string warning) => _warnings.Add(warning);

    public void AddExclusions(IEnumerable<Exclusion> exclusions) => _exclusions.AddRange(exclusions);

    public InputAccount Build() => new([.. _files], [.. _rejections], [.. _exclusions], [.. _warnings]);
}
