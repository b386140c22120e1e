namespace ChildrensKpi.Fuzz;

/// <summary>One input file of a fuzz case: its name and its bytes, exactly as the reader will see them.</summary>
public sealed record FuzzFile(string Name, byte[] Bytes)
{
    public override string ToString() => $"{Name} ({Bytes.Length} bytes)";
}
