namespace ChildrensKpi.Server.Api;

/// <summary>
/// Caps how many compute requests run at once (<see cref="ServerSettings.MaxConcurrentComputations"/>): each holds the
/// inputs it read in memory, so without a cap a burst of large uploads takes as much memory as it likes. A request
/// beyond the cap is not queued but told to come back (503 with <c>Retry-After</c>), so that a busy server stays bounded.
/// </summary>
/// <remarks>
/// When the last computation leaves after a large request, the memory it used is handed back to the operating system
/// (<see cref="ReturnMemory"/>): the garbage collector would otherwise keep the heap it grew for the next request, which
/// on a shared machine is memory nothing else can use.
/// </remarks>
internal sealed class ComputeGate
{
    /// <summary>
    /// A request body at least this long (or of unknown length) counts as large: 8 MiB, whose inputs grow the heap by
    /// tens of megabytes, while a full collection of the small heap left afterwards takes milliseconds.
    /// </summary>
    public const long LargeRequestBytes = 8L * 1024 * 1024;

    /// <summary>How long a refused client is told to wait, in seconds: about as long as a large computation takes.</summary>
    public const int RetryAfterSeconds = 5;

    private readonly Lock _lock = new();
    private readonly int _capacity;
    private readonly Action _returnMemory;
    private int _running;
    private bool _largeSinceReturned;

    public ComputeGate(ServerSettings settings)
        : this(settings.MaxConcurrentComputations, ReturnMemory)
    {
    }

    /// <param name="capacity">How many may run at once.</param>
    /// <param name="returnMemory">What to do when the last computation leaves after a large one (tests count the calls).</param>
    internal ComputeGate(int capacity, Action returnMemory)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _returnMemory = returnMemory;
    }

    /// <summary>How many computations may run at once.</summary>
    public int Capacity => _capacity;

    /// <summary>A place for one computation, or null when all <see cref="Capacity"/> are taken; dispose it when done.</summary>
    /// <param name="bodyLength">The request's declared body length (null when not declared, e.g. chunked).</param>
    public Lease? TryEnter(long? bodyLength)
    {
        lock (_lock)
        {
            if (_running == _capacity)
            {
                return null;
            }
            _running++;
            return new Lease(this, bodyLength is not < LargeRequestBytes);
        }
    }

    private void Leave(bool large)
    {
        bool returnMemory;
        lock (_lock)
        {
            _running--;
            _largeSinceReturned |= large;
            returnMemory = _running == 0 && _largeSinceReturned;
            if (returnMemory)
            {
                _largeSinceReturned = false;
            }
        }
        if (returnMemory)
        {
            _returnMemory();
        }
    }

    /// <summary>
    /// A full, compacting collection that decommits what it frees, on a pool thread so that the response that
    /// finished is not held up by it.
    /// </summary>
    private static void ReturnMemory() =>
        ThreadPool.UnsafeQueueUserWorkItem(
            static _ => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true), null);

    /// <summary>One computation's place in the gate.</summary>
    internal sealed class Lease : IDisposable
    {
        private ComputeGate? _gate;
        private readonly bool _large;

        public Lease(ComputeGate gate, bool large)
        {
            _gate = gate;
            _large = large;
        }

        /// <summary>Gives the place back (once, however often called).</summary>
        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Leave(_large);
    }
}
