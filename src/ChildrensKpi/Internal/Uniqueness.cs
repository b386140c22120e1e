namespace ChildrensKpi;

/// <summary>The check that records identified by a key (an episode by child and start...) are given once each.</summary>
internal static class Uniqueness
{
    public static void Require<TKey>(IEnumerable<TKey> keys, string parameter, string what, string typeName)
    {
        var seen = new HashSet<TKey>();
        foreach (var key in keys)
        {
            if (!seen.Add(key))
            {
                throw new ArgumentException($"Duplicate {what} {key}: merge copies before building {typeName} (the readers do).", parameter);
            }
        }
    }
}
