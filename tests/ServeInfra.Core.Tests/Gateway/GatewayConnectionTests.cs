using System.Globalization;
using System.Net.Sockets;
using System.Text;
using ServeInfra.Core.Tests.Gateway.Infrastructure;

namespace ServeInfra.Core.Tests.Gateway;

/// <summary>
/// A token authorises its own request only: on a kept-alive connection, and with requests pipelined in one write,
/// each request is judged by what it carries itself (nginx keeps variables, map results included, per request).
/// </summary>
public sealed class GatewayConnectionTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Pipelined_requests_on_one_connection_are_each_judged_by_their_own_credential()
    {
        var tokens = fixture.Tokens;
        fixture.Upstream.Clear();
        string Request(string path, params string[] headers) =>
            $"GET {path} HTTP/1.1\r\nHost: gateway.test\r\n{string.Concat(headers.Select(h => h + "\r\n"))}\r\n";

        var pipelined = Request("/llm/one", "Authorization: Bearer " + tokens.Ci.Value)
            + Request("/llm/two")
            + Request("/llm/three", "Cookie: SERVE_TOKEN=" + tokens.Wrong)
            + Request("/llm/four", "Cookie: a=1; SERVE_TOKEN=" + tokens.TeamA.Value)
            + Request("/llm/five", "Connection: close");

        var statuses = await SendPipelinedAsync(fixture.Nginx.Port, pipelined, 5);

        Assert.Equal([200, 401, 401, 200, 401], statuses);
        Assert.Equal(["/llm/one", "/llm/four"], fixture.Upstream.Received.Select(r => r.Target));
        Assert.Equal(["a=1"], fixture.Upstream.Received[1].Values("Cookie"));
    }

    private static async Task<IReadOnlyList<int>> SendPipelinedAsync(int port, string requests, int count)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, cancel.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(requests), cancel.Token);
        var reader = new HttpStreamReader(stream);
        var statuses = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var head = await reader.ReadHeadAsync(cancel.Token) ?? throw new InvalidOperationException($"response {i + 1} missing");
            var lines = head.Split("\r\n");
            statuses.Add(int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture));
            var length = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p[0].Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Select(p => int.Parse(p[1].Trim(), CultureInfo.InvariantCulture)).Single();
            await reader.ReadExactlyAsync(length, cancel.Token);
        }

        return statuses;
    }
}
