using System.Globalization;
using ChildrensKpi.Server.Security;

namespace ChildrensKpi.Server;

/// <summary>
/// The server's own settings, from the <c>ChildrensKpi</c> configuration section (environment: <c>ChildrensKpi__ApiKey</c>,
/// <c>ChildrensKpi__ApiKeyFile</c>, <c>ChildrensKpi__PseudonymiseKeyFile</c>, ...). The keys are held as <see cref="Security.ApiKey"/>
/// and <see cref="Security.PseudonymKey"/>, which never print them.
/// </summary>
/// <param name="ApiKey">The key every <c>/v1</c> request must carry, or null when none is configured.</param>
/// <param name="MaxRequestBodyBytes">The largest request body accepted (413 beyond it).</param>
/// <param name="MaxConcurrentComputations">How many compute requests run at once (503 with <c>Retry-After</c> beyond it).</param>
internal sealed record ServerSettings(ApiKey? ApiKey, long MaxRequestBodyBytes, int MaxConcurrentComputations)
{
    public const string Section = "ChildrensKpi";

    /// <summary>
    /// 1 GiB: 10 million SSDA903 episode rows are about 700 MB of CSV, and a council's Header and OC3 files for the same
    /// years fit in what is left. Uploads are spooled to temporary files, so the limit bounds disk, not memory.
    /// </summary>
    public const long DefaultMaxRequestBodyBytes = 1L << 30;

    /// <summary>Whether the request must carry a key.</summary>
    public bool RequiresKey => ApiKey is not null;

    /// <summary>The key answers name children under (by pseudonym), or null when they name them as read.</summary>
    public PseudonymKey? PseudonymisationKey { get; init; }

    /// <exception cref="ServerRefusedException">A setting is present but unusable, or a key file cannot be read.</exception>
    public static ServerSettings From(IConfiguration configuration) =>
        new(Secret(configuration, "ApiKey") is { } key ? ApiKey.Of(key.Value, key.Source) : null,
            Positive(configuration, "MaxRequestBodyBytes", DefaultMaxRequestBodyBytes),
            (int)Math.Min(int.MaxValue, Positive(configuration, "MaxConcurrentComputations", Environment.ProcessorCount)))
        {
            PseudonymisationKey = Secret(configuration, "PseudonymiseKey") is { } pseudonymKey ? PseudonymKey.Of(pseudonymKey.Value, pseudonymKey.Source) : null,
        };

    /// <summary>
    /// A secret from <c>name</c> or from the file <c>nameFile</c> names (its content without surrounding white space, so a
    /// trailing newline does not count), with where it came from; null when neither is set. A file keeps the secret out
    /// of the process list and the environment.
    /// </summary>
    private static (string Value, string Source)? Secret(IConfiguration configuration, string name)
    {
        var key = configuration[$"{Section}:{name}"];
        var file = configuration[$"{Section}:{name}File"];
        bool hasKey = !string.IsNullOrWhiteSpace(key), hasFile = !string.IsNullOrWhiteSpace(file);
        if (hasKey && hasFile)
        {
            throw new ServerRefusedException(
                $"Refusing to start: both {Section}:{name} and {Section}:{name}File are set; set one.", ServerRefusedException.BadSetting);
        }
        if (hasFile)
        {
            string text;
            try
            {
                text = File.ReadAllText(file!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ServerRefusedException(
                    $"Refusing to start: {Section}:{name}File names '{file}', which cannot be read: {e.Message}", ServerRefusedException.UnreadableInput);
            }
            return (text.Trim(), $"{Section}:{name}File ('{file}')");
        }
        return hasKey ? (key!, $"{Section}:{name}") : null;
    }

    private static long Positive(IConfiguration configuration, string name, long defaultValue)
    {
        var text = configuration[$"{Section}:{name}"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaultValue;
        }
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) && value > 0
            ? value
            : throw new ServerRefusedException(
                $"Refusing to start: {Section}:{name} must be a whole number greater than 0; it is '{text}'.", ServerRefusedException.BadSetting);
    }
}
