using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace ServeInfra.Core.Tests.Gateway.Infrastructure;

/// <summary>
/// Sends a request exactly as written (Latin-1 bytes, no normalisation, unlike HttpClient) and reads one
/// response, stopping at its end rather than waiting for the server to close the connection.
/// </summary>
public static class RawHttp
{
    public static async Task<RawResponse> SendAsync(int port, string request, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, cancel.Token);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(Encoding.Latin1.GetBytes(request), cancel.Token);
        }
        catch (IOException)
        {
            // nginx may answer (400, 413, 414) and stop reading before a large request is written: read its answer.
        }

        var reader = new HttpStreamReader(stream);
        try
        {
            var head = await reader.ReadHeadAsync(cancel.Token);
            if (head is null)
            {
                return new RawResponse(0, [], "");
            }

            if (!head.StartsWith("HTTP/", StringComparison.Ordinal))
            {
                // nginx answers an HTTP/0.9 request with the bare body, then closes.
                return new RawResponse(RawResponse.Http09, [], head);
            }

            var lines = head.Split("\r\n");
            var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
            var headers = lines.Skip(1).Select(line => line.Split(':', 2))
                .Select(parts => KeyValuePair.Create(parts[0], parts.Length > 1 ? parts[1].Trim() : "")).ToList();
            var response = new RawResponse(status, headers, "");
            byte[] body;
            if (request.StartsWith("HEAD ", StringComparison.Ordinal) || status is 204 or 304)
            {
                body = [];
            }
            else if (response.Header("Transfer-Encoding") == "chunked")
            {
                body = await reader.ReadChunkedAsync(cancel.Token);
            }
            else if (response.Header("Content-Length") is { } length)
            {
                body = await reader.ReadExactlyAsync(int.Parse(length, CultureInfo.InvariantCulture), cancel.Token);
            }
            else
            {
                body = await reader.ReadToEndAsync(cancel.Token);
            }

            return response with { Body = Encoding.Latin1.GetString(body) };
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            return new RawResponse(0, [], "");
        }
    }

    /// <summary>A GET request with a Host header, the given header lines, and Connection: close.</summary>
    public static string Get(string target, params string[] headerLines) => Request("GET", target, headerLines);

    /// <summary>A request with a Host header, the given header lines, and Connection: close.</summary>
    public static string Request(string method, string target, params string[] headerLines) =>
        $"{method} {target} HTTP/1.1\r\nHost: gateway.test\r\n{string.Concat(headerLines.Select(line => line + "\r\n"))}Connection: close\r\n\r\n";
}
