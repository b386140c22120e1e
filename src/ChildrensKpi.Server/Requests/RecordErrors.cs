using ChildrensKpi.Server.Api;
using NodaTime;
using NodaTime.Text;

namespace ChildrensKpi.Server.Requests;

/// <summary>
/// Collects every invalid value of a JSON request, each under its JSON path (<c>episodes[3].start</c>), so that a client
/// fixes them all at once; and parses the values, recording what is wrong.
/// </summary>
internal sealed class RecordErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private string? _first;

    public bool Any => _first is not null;

    public void Add(string path, string message)
    {
        _first ??= path;
        if (!_errors.TryGetValue(path, out var messages))
        {
            _errors[path] = messages = [];
        }
        messages.Add(message);
    }

    /// <exception cref="ApiProblemException">Some value was invalid: a 400 naming the first, with every one under <c>errors</c>.</exception>
    public void ThrowIfAny()
    {
        if (_first is null)
        {
            return;
        }
        int count = _errors.Values.Sum(m => m.Count);
        var detail = _errors[_first][0] + (count > 1 ? $" ({count - 1} more under errors)" : "");
        throw new ApiProblemException(Problems.BadRequest(_first, detail, _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal)), detail);
    }

    public ChildId? Child(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, $"{path}: a child identifier is required.");
            return null;
        }
        return new ChildId(value);
    }

    public LocalDate? Date(string? text, string path, bool required)
    {
        if (text is null)
        {
            if (required)
            {
                Add(path, $"{path}: a date is required, written yyyy-mm-dd.");
            }
            return null;
        }
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            Add(path, $"{path}: '{text}' is not a date written yyyy-mm-dd.");
            return null;
        }
        // As the readers do: a date near the end of the calendar would leave a child's birthdays beyond it.
        if (!SupportedDates.Contains(parsed.Value))
        {
            Add(path, $"{path}: '{text}' is outside {SupportedDates.Description}, the dates ChildrensKpi accepts.");
            return null;
        }
        return parsed.Value;
    }

    /// <summary>A code that is the name of a member of <typeparamref name="T"/> (<c>C2</c>, <c>E4A</c>), case as in the return.</summary>
    public T? Code<T>(string? text, string path, string allowed, bool required)
        where T : struct, Enum
    {
        if (text is null)
        {
            if (required)
            {
                Add(path, $"{path}: a code is required: {allowed}.");
            }
            return null;
        }
        // Enum.TryParse alone would also take numbers ("3") and lists ("C1, C2").
        if (text.Length > 0 && char.IsLetter(text[0]) && text.All(char.IsLetterOrDigit)
            && Enum.TryParse<T>(text, ignoreCase: false, out var code) && Enum.IsDefined(code))
        {
            return code;
        }
        Add(path, $"{path}: '{text}' is not {allowed}.");
        return null;
    }

    public T? Listed<T>(string? text, string path, IReadOnlyDictionary<string, T> codes, string allowed, bool required)
        where T : struct
    {
        if (text is null)
        {
            if (required)
            {
                Add(path, $"{path}: a code is required: {allowed}.");
            }
            return null;
        }
        if (codes.TryGetValue(text, out var code))
        {
            return code;
        }
        Add(path, $"{path}: '{text}' is not {allowed}.");
        return null;
    }
}
