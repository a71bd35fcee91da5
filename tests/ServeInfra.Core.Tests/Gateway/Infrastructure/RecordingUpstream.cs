using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ServeInfra.Core.Tests.Gateway.Infrastructure;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 standing in for Ray Serve: it records every request it receives
/// (so tests can assert what Serve saw, or that it saw nothing) and answers 200. <c>/status/NNN</c> answers
/// NNN, <c>/slow/MS</c> answers after MS milliseconds. Keep-alive and chunked bodies work, as nginx uses both.
/// </summary>
public sealed class RecordingUpstream : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<UpstreamRequest> received = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task acceptLoop;

    public RecordingUpstream()
    {
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        acceptLoop = AcceptAsync();
    }

    public int Port { get; }

    public IReadOnlyList<UpstreamRequest> Received => received.ToArray();

    public void Clear() => received.Clear();

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await acceptLoop.ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var reader = new HttpStreamReader(stream);
        try
        {
            while (await reader.ReadHeadAsync(stop.Token) is { } head)
            {
                var lines = head.Split("\r\n");
                var requestLine = lines[0].Split(' ');
                var headers = lines.Skip(1).Select(line => line.Split(':', 2))
                    .Select(parts => KeyValuePair.Create(parts[0], parts.Length > 1 ? parts[1].Trim() : "")).ToList();
                var request = new UpstreamRequest(requestLine[0], requestLine[1], headers, 0);
                var bodyLength = await reader.ReadBodyAsync(request, stop.Token);
                received.Enqueue(request with { BodyLength = bodyLength });
                var (status, body) = await RespondToAsync(request.Target);
                var response = $"HTTP/1.1 {status} X\r\nContent-Type: text/plain\r\nContent-Length: {body.Length}\r\n\r\n{body}";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(response), stop.Token);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
        {
            // nginx closed the connection or the test ended.
        }
    }

    private async Task<(int Status, string Body)> RespondToAsync(string target)
    {
        if (target.StartsWith("/status/", StringComparison.Ordinal))
        {
            var status = int.Parse(target["/status/".Length..], CultureInfo.InvariantCulture);
            return (status, $"upstream {status}\n");
        }

        if (target.StartsWith("/slow/", StringComparison.Ordinal))
        {
            await Task.Delay(int.Parse(target["/slow/".Length..], CultureInfo.InvariantCulture), stop.Token);
        }

        return (200, "upstream ok\n");
    }
}
