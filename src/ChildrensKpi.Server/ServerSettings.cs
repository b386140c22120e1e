using System.Globalization;

namespace ChildrensKpi.Server;

/// <summary>The server's own settings, from the <c>ChildrensKpi</c> configuration section (environment: <c>ChildrensKpi__ApiKey</c>).</summary>
internal sealed record ServerSettings(string? ApiKey, long MaxRequestBodyBytes)
{
    public const string Section = "ChildrensKpi";

    /// <summary>200 MB: a large council's SSDA903 returns over several years are tens of megabytes.</summary>
    public const long DefaultMaxRequestBodyBytes = 200L * 1024 * 1024;

    /// <exception cref="InvalidOperationException">A setting is present but unusable.</exception>
    public static ServerSettings From(IConfiguration configuration)
    {
        var key = configuration[$"{Section}:ApiKey"];
        var limitText = configuration[$"{Section}:MaxRequestBodyBytes"];
        long limit = DefaultMaxRequestBodyBytes;
        if (!string.IsNullOrWhiteSpace(limitText)
            && (!long.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit <= 0))
        {
            throw new InvalidOperationException($"{Section}:MaxRequestBodyBytes must be a whole number of bytes greater than 0; it is '{limitText}'.");
        }
        return new ServerSettings(string.IsNullOrWhiteSpace(key) ? null : key, limit);
    }
}
