using System.Collections.Immutable;

namespace ChildrensKpi.Readers;

/// <summary>Collects the account of a read as it goes: per-file counts, rejections, exclusions by reason, warnings.</summary>
internal sealed class AccountBuilder
{
    private readonly List<FileAccount> _files = [];
    private readonly List<Rejection> _rejections = [];
    private readonly List<Exclusion> _exclusions = [];
    private readonly List<string> _warnings = [];
    private readonly List<ValidationFinding> _findings = [];

    public void AddFile(FileAccount file) => _files.Add(file);

    public void Reject(Rejection rejection) => _rejections.Add(rejection);

    public void Warn(string warning) => _warnings.Add(warning);

    /// <summary>A row broke a rule of severity Warn and is used all the same.</summary>
    public void Find(ValidationFinding finding) => _findings.Add(finding);

    /// <summary>
    /// Rejects a row of <paramref name="rejection"/>'s file that was counted as used when read, because a rule that needs
    /// every file (e.g. overlapping episodes) found it invalid afterwards.
    /// </summary>
    public void RejectUsedRow(Rejection rejection)
    {
        int at = _files.FindLastIndex(f => f.Path == rejection.Path);
        var file = _files[at];
        _files[at] = file with { Rows = file.Rows with { Used = file.Rows.Used - 1, Rejected = file.Rows.Rejected + 1 } };
        _rejections.Add(rejection);
    }

    /// <summary>Says, in the account of the file read last under <paramref name="path"/>, the collection year its rows were read as (null: not known).</summary>
    public void NameYear(string path, string? year)
    {
        int at = _files.FindLastIndex(f => f.Path == path);
        if (at >= 0 && year is not null)
        {
            _files[at] = _files[at] with { CollectionYear = year };
        }
    }

    public void AddExclusions(IEnumerable<Exclusion> exclusions) => _exclusions.AddRange(exclusions);

    /// <summary>
    /// The accounts of reads that ran side by side (e.g. one per table) as one, in the order the files are named in
    /// <paramref name="fileOrder"/>: each file's counts, rejections, exclusions and findings in the order read, as a
    /// single sequential read would have listed them; warnings part by part, a part that read no file first.
    /// </summary>
    public static AccountBuilder Merge(IReadOnlyList<AccountBuilder> parts, IReadOnlyList<string> fileOrder)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < fileOrder.Count; i++)
        {
            position.TryAdd(fileOrder[i], i);
        }
        int Position(string path) => position.GetValueOrDefault(path, int.MaxValue);
        var merged = new AccountBuilder();
        // OrderBy is stable: within a file, the order of reading is kept.
        merged._files.AddRange(parts.SelectMany(p => p._files).OrderBy(f => Position(f.Path)));
        merged._rejections.AddRange(parts.SelectMany(p => p._rejections).OrderBy(r => Position(r.Path)));
        merged._exclusions.AddRange(parts.SelectMany(p => p._exclusions).OrderBy(e => Position(e.Path)));
        merged._findings.AddRange(parts.SelectMany(p => p._findings).OrderBy(f => Position(f.Path)));
        // A part that read no file (e.g. what was decided before reading) keeps its warnings first.
        merged._warnings.AddRange(parts.OrderBy(p => p._files.Count == 0 ? -1 : p._files.Min(f => Position(f.Path))).SelectMany(p => p._warnings));
        return merged;
    }

    public InputAccount Build() => new([.. _files], [.. _rejections], [.. _exclusions], [.. _warnings]) { Findings = [.. _findings] };
}
