using ChildrensKpi.Readers;

namespace ChildrensKpi.Fuzz;

/// <summary>Which reader a fuzz case is for.</summary>
public enum FuzzTarget
{
    Ssda903,
    CinXml,
    CinCsv,
}

/// <summary>One fuzz case: valid files from a seed, then one to three mutations of chosen files.</summary>
/// <param name="Number">The case's number in its run; with the run's seed it rebuilds the case.</param>
public sealed record FuzzCase(int Number, FuzzTarget Target, IReadOnlyList<FuzzFile> Files, IReadOnlyList<string> Mutations)
{
    /// <summary>The case <paramref name="number"/> of the run seeded <paramref name="seed"/>: the same bytes every time.</summary>
    public static FuzzCase Create(int seed, int number)
    {
        // Not HashCode.Combine: it is salted per process, and a case must be the same bytes in every run.
        var random = new Random((int)((((uint)seed * 2654435761u) ^ ((uint)number * 40503u + 0x9E3779B9u)) & int.MaxValue));
        var target = (FuzzTarget)random.Next(3);
        var files = target switch
        {
            FuzzTarget.Ssda903 => ValidInputs.Ssda903(random),
            FuzzTarget.CinXml => ValidInputs.CinXml(random),
            _ => ValidInputs.CinCsv(random),
        };
        var mutations = new List<string>();
        // One case in twenty stays valid, so that the property is also checked on clean input.
        int count = random.Next(20) == 0 ? 0 : random.Next(1, 4);
        for (int i = 0; i < count; i++)
        {
            int which = random.Next(files.Count);
            var (bytes, name) = ChildrensKpi.Fuzz.Mutations.Apply(files[which].Bytes, random, files[which].Name);
            files[which] = files[which] with { Bytes = bytes };
            mutations.Add($"{name} in {files[which].Name}");
        }
        return new FuzzCase(number, target, files, mutations);
    }

    /// <summary>Reads the files with the case's reader: the account, or the <see cref="InputFileException"/> that refused them.</summary>
    public InputAccount Read()
    {
        var inputs = Files.Select(f => new InputFile(f.Name, () => new MemoryStream(f.Bytes, writable: false)));
        return Target == FuzzTarget.Ssda903 ? Ssda903Reader.Read(inputs).Account : ChildrenInNeedReader.Read(inputs).Account;
    }

    public override string ToString() => $"case {Number} ({Target}): {(Mutations.Count == 0 ? "valid" : string.Join("; ", Mutations))}";
}
