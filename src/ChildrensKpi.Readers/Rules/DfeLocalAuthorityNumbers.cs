using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ChildrensKpi.Readers.Rules;

/// <summary>
/// The DfE's list of local authority numbers (three digits, e.g. <c>201</c> for the City of London), which the rules on a
/// UPN's authority (CIN 1530) and on where a previous permanence order was arranged (903-633, <c>LA_PERM</c>) read. The
/// list is not in the return; it is taken as an optional input (a CSV file with a column <c>LaNumber</c>, other columns
/// ignored), and a rule that needs it is reported not run without it, never passed.
/// </summary>
public sealed class DfeLocalAuthorityNumbers
{
    internal static CsvTableSchema Schema { get; } = new("LaNumbers", ["LANUMBER"], []);

    private static readonly TableRecognizer Recognizer = new([Schema]);

    private readonly FrozenSet<string> _numbers;

    private DfeLocalAuthorityNumbers(FrozenSet<string> numbers, InputAccount account)
    {
        _numbers = numbers;
        Account = account;
    }

    /// <summary>The numbers known, in ascending order.</summary>
    public ImmutableArray<string> Numbers => [.. _numbers.Order(StringComparer.Ordinal)];

    /// <summary>Every row of the file, used or rejected with the rule it broke (a number that is not three digits, a number given twice).</summary>
    public InputAccount Account { get; }

    /// <summary>Reads a CSV file of local authority numbers.</summary>
    /// <exception cref="InputFileException">The file cannot be opened, or its header has no LaNumber column.</exception>
    public static DfeLocalAuthorityNumbers Read(InputFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sink = new Sink();
        var account = new AccountBuilder();
        CsvFileReader.Read(file, Recognizer, _ => sink, account, null, cancellationToken);
        return new DfeLocalAuthorityNumbers(sink.Numbers.ToFrozenSet(StringComparer.Ordinal), account.Build());
    }

    /// <summary>Whether <paramref name="number"/>, as a return writes it (surrounding spaces ignored), is on the list.</summary>
    internal bool Contains(string? number) => number is not null && _numbers.Contains(number.Trim());

    private sealed class Sink : ITableSink
    {
        private int _number;

        public HashSet<string> Numbers { get; } = new(StringComparer.Ordinal);

        public void BeginFile(IReadOnlyDictionary<string, int> columns) => _number = columns["LANUMBER"];

        public RowVerdict Accept(in CsvRow row)
        {
            var cell = row.Cell(_number).Trim();
            // A number is three digits: characters 2-4 of a UPN, as the DfE's list writes them (201, not 0201).
            if (cell.Length != 3 || !CellParser.TryCount(cell, out _))
            {
                return RowVerdict.Rejected(row.Reject(_number, "LaNumber must be three digits (e.g. 201)"));
            }
            return Numbers.Add(cell.ToString()) ? RowVerdict.Used : RowVerdict.Rejected(row.Reject(_number, "a number is given once"));
        }
    }
}
