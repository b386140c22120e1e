namespace ChildrensKpi.Server;

/// <summary>
/// The server will not start as configured. <see cref="Program"/> writes <see cref="Exception.Message"/> to standard error
/// and exits with <see cref="ExitCode"/>, numbered as the command line numbers its exit codes (cli-contract).
/// </summary>
internal sealed class ServerRefusedException : Exception
{
    /// <summary>A setting or an address is not acceptable (the command line's "bad arguments").</summary>
    public const int BadSetting = 1;

    /// <summary>A file a setting names cannot be read (the command line's "an input could not be read").</summary>
    public const int UnreadableInput = 2;

    public ServerRefusedException(string message, int exitCode)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public ServerRefusedException()
        : this("The server refused to start.", BadSetting)
    {
    }

    public ServerRefusedException(string message)
        : this(message, BadSetting)
    {
    }

    public ServerRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = BadSetting;
    }

    /// <summary>The process's exit code: <see cref="BadSetting"/> or <see cref="UnreadableInput"/>.</summary>
    public int ExitCode { get; }
}
