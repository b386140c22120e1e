namespace ChildrensKpi.Server.Security;

/// <summary>
/// The configured pseudonymisation key (<c>ChildrensKpi:PseudonymiseKey</c> or <c>ChildrensKpi:PseudonymiseKeyFile</c>):
/// every answer then names children by HMAC-SHA256(key, id), as the command line does under <c>--pseudonymise-key</c>.
/// Set on the server rather than sent with each request, so that the key is never in a request or its logs, and no
/// client can ask for raw ids. <see cref="ToString"/> never shows the key.
/// </summary>
internal sealed class PseudonymKey
{
    private readonly string _key;

    private PseudonymKey(string key) => _key = key;

    /// <summary>The key <paramref name="key"/>, read from <paramref name="source"/> (named in the message).</summary>
    /// <exception cref="ServerRefusedException">The key is empty (a key file holding only white space).</exception>
    public static PseudonymKey Of(string key, string source) =>
        string.IsNullOrEmpty(key)
            ? throw new ServerRefusedException($"Refusing to start: the pseudonymisation key in {source} is empty.", ServerRefusedException.BadSetting)
            : new PseudonymKey(key);

    /// <summary>The publication of an answer: under this key, with <paramref name="suppressionThreshold"/>.</summary>
    public PublicationOptions Publication(int suppressionThreshold) =>
        new() { SuppressionThreshold = suppressionThreshold, PseudonymisationKey = _key };

    /// <inheritdoc/>
    public override string ToString() => "(a pseudonymisation key, not shown)";
}
