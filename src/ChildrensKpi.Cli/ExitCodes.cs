namespace ChildrensKpi.Cli;

/// <summary>The exit codes of the command-line contract.</summary>
internal static class ExitCodes
{
    /// <summary>Success, even if some rows were rejected.</summary>
    public const int Success = 0;

    /// <summary>Bad arguments.</summary>
    public const int BadArguments = 1;

    /// <summary>An input could not be read at all (missing file, unrecognised table).</summary>
    public const int UnreadableInput = 2;
}
