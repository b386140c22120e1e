using System.CommandLine;

namespace ChildrensKpi.Cli;

/// <summary>
/// Where a command takes its pseudonymisation key from: <c>--pseudonymise-key</c>, <c>--pseudonymise-key-file</c> (the
/// file's first line), or the environment variable <see cref="EnvironmentVariable"/>, in that order. The file and the
/// variable keep the key out of the process list and the shell history, where any user of the machine could read it.
/// </summary>
internal sealed class PseudonymKeyOptions
{
    /// <summary>The environment variable read when neither option is given.</summary>
    public const string EnvironmentVariable = "CHILDRENS_KPI_PSEUDONYMISE_KEY";

    private readonly Option<string> _key;
    private readonly Option<string> _file;

    /// <param name="what">What the key renames, for the options' help.</param>
    public PseudonymKeyOptions(string what)
    {
        _key = new Option<string>("--pseudonymise-key")
        {
            Description = $"{what}: replace child ids with HMAC-SHA256(key, id) in hex, stable for a key. Visible to other users in the process list: prefer --pseudonymise-key-file or {EnvironmentVariable}.",
            HelpName = "key",
        };
        _file = new Option<string>("--pseudonymise-key-file")
        {
            Description = $"As --pseudonymise-key, the key being the first line of this file (or set {EnvironmentVariable}).",
            HelpName = "file",
        };
    }

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_key);
        command.Options.Add(_file);
    }

    /// <summary>The key given (null for none), or the error naming the option or variable at fault.</summary>
    public (string? Key, string? Error) From(ParseResult parseResult) => From(parseResult, Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="From(ParseResult)"/>, the environment read through <paramref name="environment"/>.</summary>
    internal (string? Key, string? Error) From(ParseResult parseResult, Func<string, string?> environment)
    {
        if (parseResult.GetValue(_key) is { } key)
        {
            return key.Length == 0 ? (null, "--pseudonymise-key: the key must not be empty.") : (key, null);
        }
        if (parseResult.GetValue(_file) is { } path)
        {
            string? line;
            try
            {
                using var reader = new StreamReader(path);
                line = reader.ReadLine()?.Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return (null, $"--pseudonymise-key-file: cannot read '{path}': {e.Message}");
            }
            return string.IsNullOrEmpty(line) ? (null, $"--pseudonymise-key-file: '{path}' has no key on its first line.") : (line, null);
        }
        if (environment(EnvironmentVariable) is { } variable)
        {
            return variable.Length == 0 ? (null, $"{EnvironmentVariable} is set but empty: unset it, or give the key.") : (variable, null);
        }
        return (null, null);
    }
}
