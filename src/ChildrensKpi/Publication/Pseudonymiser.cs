using System.Security.Cryptography;
using System.Text;

namespace ChildrensKpi;

/// <summary>
/// Replaces child ids with a keyed hash (HMAC-SHA256 of the id's UTF-8 bytes under the key's UTF-8 bytes, as 64
/// lower-case hex digits): the same id gives the same pseudonym under the same key, so outputs can be compared month to
/// month, and without the key the id cannot be recovered by hashing guesses.
/// </summary>
internal sealed class Pseudonymiser
{
    private readonly byte[] _key;
    private readonly Dictionary<string, string> _done = new(StringComparer.Ordinal);

    public Pseudonymiser(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        _key = Encoding.UTF8.GetBytes(key);
    }

    /// <summary>The pseudonym of <paramref name="childId"/>.</summary>
    public string Id(string childId)
    {
        if (!_done.TryGetValue(childId, out var pseudonym))
        {
            pseudonym = Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(childId)));
            _done[childId] = pseudonym;
        }
        return pseudonym;
    }
}
