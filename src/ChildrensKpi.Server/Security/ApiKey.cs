using System.Security.Cryptography;
using System.Text;

namespace ChildrensKpi.Server.Security;

/// <summary>
/// The configured API key, kept only as its SHA-256 hash: a key offered by a request is hashed and the two hashes compared
/// in constant time, so neither the time taken nor an early return reveals how long the key is or how much of a guess
/// was right. <see cref="ToString"/> never shows the key, so it cannot reach a log.
/// </summary>
internal sealed class ApiKey
{
    /// <summary>
    /// 32 characters: a key made by <c>openssl rand -base64 32</c> (44 characters, 256 bits) passes; a word or a short
    /// phrase that could be guessed does not.
    /// </summary>
    public const int MinimumLength = 32;

    private readonly byte[] _hash;

    private ApiKey(byte[] hash) => _hash = hash;

    /// <summary>The key <paramref name="key"/>, read from <paramref name="source"/> (named in the message).</summary>
    /// <exception cref="ServerRefusedException">The key is shorter than <see cref="MinimumLength"/>.</exception>
    public static ApiKey Of(string key, string source)
    {
        return key.Length < MinimumLength
            ? throw new ServerRefusedException(
                $"Refusing to start: the API key in {source} is {key.Length} characters long; it must be at least {MinimumLength} " +
                "(e.g. openssl rand -base64 32).", ServerRefusedException.BadSetting)
            : new ApiKey(Hash(key));
    }

    /// <summary>Whether <paramref name="offered"/> is the key; the time taken does not depend on where or whether they differ.</summary>
    public bool Matches(string offered) => CryptographicOperations.FixedTimeEquals(Hash(offered), _hash);

    /// <inheritdoc/>
    public override string ToString() => "(an API key, not shown)";

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
