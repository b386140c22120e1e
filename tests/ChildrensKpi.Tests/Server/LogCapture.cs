using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChildrensKpi.Tests.Server;

/// <summary>Every log entry a host writes (after its configured filters), and a way to wait for the first of a category.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<LogEntry>> _first = new(StringComparer.Ordinal);

    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    /// <summary>The first entry of <paramref name="category"/>, however long after this call it comes.</summary>
    public Task<LogEntry> FirstOf(string category) => Waiter(category).Task;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private TaskCompletionSource<LogEntry> Waiter(string category) =>
        _first.GetOrAdd(category, _ => new TaskCompletionSource<LogEntry>(TaskCreationOptions.RunContinuationsAsynchronously));

    private void Add(LogEntry entry)
    {
        Entries.Enqueue(entry);
        Waiter(entry.Category).TrySetResult(entry);
    }

    internal sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Add(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}
