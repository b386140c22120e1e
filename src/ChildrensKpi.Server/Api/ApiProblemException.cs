namespace ChildrensKpi.Server.Api;

/// <summary>A request that cannot be served as asked, carrying the response that says why.</summary>
/// <remarks>Thrown from deep in request parsing so that each parser need not thread a result back through every call.</remarks>
internal sealed class ApiProblemException : Exception
{
    public ApiProblemException(IResult response, string message)
        : base(message)
    {
        Response = response;
    }

    public ApiProblemException()
        : this(Results.BadRequest(), "The request is not valid.")
    {
    }

    public ApiProblemException(string message)
        : this(Results.BadRequest(), message)
    {
    }

    public ApiProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
        Response = Results.BadRequest();
    }

    public IResult Response { get; }

    /// <summary>A 400 naming <paramref name="field"/>.</summary>
    public static ApiProblemException Field(string field, string detail) => new(Problems.BadRequest(field, detail), detail);
}
