extern alias server;

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using server::ChildrensKpi.Server.Api;

namespace ChildrensKpi.Tests.Server;

public class UploadFormTests
{
    private const string CutShort =
        "The multipart body ends before its closing boundary: it was cut short, or its boundary is not the one its content type gives.";

    private static ByteArrayContent Multipart(string body, string contentType = "multipart/form-data; boundary=b")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static string Part(string name, string value, string? fileName = null) =>
        $"--b\r\nContent-Disposition: form-data; name=\"{name}\"{(fileName is null ? "" : $"; filename=\"{fileName}\"")}\r\n\r\n{value}\r\n";

    private static async Task<(HttpStatusCode Status, string? Field, string? Detail)> PostAsync(HttpContent content)
    {
        using var host = ServerHost.Create();
        using var client = host.CreateClient();
        var response = await client.PostAsync("/v1/compute", content);
        var problem = await ServerHost.ProblemOf(response);
        return (response.StatusCode, problem.GetProperty("field").GetString(), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Compute_MultipartCutShortInAFile_Is400()
    {
        // Once a 500: the multipart reader's "Unexpected end of Stream" reached the exception handler.
        var body = Part("yearEnding", "2007-03-31") + "--b\r\nContent-Disposition: form-data; name=\"ssda903\"; filename=\"episodes.csv\"\r\n\r\nCHILD,DECOM\r\nA,01/04/20";

        var (status, field, detail) = await PostAsync(Multipart(body));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("body", field);
        Assert.Equal(CutShort, detail);
    }

    [Fact]
    public async Task Compute_MultipartCutShortInATextField_Is400()
    {
        var (status, _, detail) = await PostAsync(Multipart("--b\r\nContent-Disposition: form-data; name=\"yearEnding\"\r\n\r\n2007-0"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(CutShort, detail);
    }

    [Fact]
    public async Task Compute_BodyWithoutTheBoundaryOfItsContentType_Is400()
    {
        var (status, _, detail) = await PostAsync(Multipart(Part("yearEnding", "2007-03-31") + "--b--\r\n", "multipart/form-data; boundary=other"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(CutShort, detail);
    }

    [Fact]
    public async Task Compute_ContentTypeWithoutBoundary_Is400()
    {
        var (status, field, detail) = await PostAsync(Multipart(Part("yearEnding", "2007-03-31") + "--b--\r\n", "multipart/form-data"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("body", field);
        Assert.Equal("The multipart/form-data content type has no boundary (e.g. Content-Type: multipart/form-data; boundary=X).", detail);
    }

    [Fact]
    public async Task Compute_BoundaryOver70Characters_Is400NotTooLarge()
    {
        // Once a 413: the framework's "Multipart boundary length limit 70 exceeded" was taken for the body size limit.
        var boundary = new string('b', 71);

        var (status, _, detail) = await PostAsync(Multipart($"--{boundary}--\r\n", $"multipart/form-data; boundary={boundary}"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The multipart boundary is 71 characters long; RFC 2046 allows at most 70.", detail);
    }

    [Fact]
    public async Task Compute_MoreThan1000Parts_Is400NotTooLarge()
    {
        // Once a 413: the framework's "Form value count limit 1024 exceeded" was taken for the body size limit.
        var body = new StringBuilder();
        for (int i = 0; i <= UploadForm.MaxParts; i++)
        {
            body.Append(Part("indicators", "NI62"));
        }
        body.Append("--b--\r\n");

        var (status, field, detail) = await PostAsync(Multipart(body.ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("body", field);
        Assert.Equal("The multipart body has more than 1000 parts; upload at most 1000 files and fields.", detail);
    }

    [Fact]
    public async Task Compute_PartWithoutContentDisposition_Is400NamingThePart()
    {
        var body = Part("yearEnding", "2007-03-31") + "--b\r\nContent-Type: text/csv\r\n\r\nCHILD\r\n--b--\r\n";

        var (status, _, detail) = await PostAsync(Multipart(body));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Part 2 of the multipart body has no Content-Disposition: form-data; name=\"...\" header.", detail);
    }

    [Fact]
    public async Task ReadAsync_AFile_OpensAsOftenAsAsked_AndDisposeDeletesIt()
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = "multipart/form-data; boundary=b";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(Part("ssda903", "CHILD,DECOM\r\n", "episodes.csv") + "--b--\r\n"));

        var form = await UploadForm.ReadAsync(context.Request, CancellationToken.None);
        var (field, fileName, open) = Assert.Single(form.Files);
        string first, second;
        using (var reader = new StreamReader(open()))
        {
            first = await reader.ReadToEndAsync();
        }
        using (var reader = new StreamReader(open()))
        {
            second = await reader.ReadToEndAsync();
        }
        form.Dispose();

        Assert.Equal(("ssda903", "episodes.csv"), (field, fileName));
        Assert.Equal("CHILD,DECOM\r\n", first);
        Assert.Equal(first, second);
        Assert.Throws<FileNotFoundException>(() => open().Dispose());
    }
}
