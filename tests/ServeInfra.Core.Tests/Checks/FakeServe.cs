using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ServeInfra.Core.Tests.Checks;

/// <summary>
/// Ray Serve's proxy as the endpoint check sees it: <c>GET /-/routes</c> answers the route table (route prefix to
/// application name) with 200, anything else 404. It never asks for a token. Listens on 127.0.0.1 only.
/// </summary>
internal sealed class FakeServe : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public FakeServe(IReadOnlyDictionary<string, string> routes)
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        var table = System.Text.Json.JsonSerializer.Serialize(routes);
        _loop = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception error) when (error is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                var found = context.Request.Url!.AbsolutePath == "/-/routes";
                context.Response.StatusCode = found ? 200 : 404;
                context.Response.ContentType = "application/json";
                var body = Encoding.UTF8.GetBytes(found ? table : "{}");
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        });
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public void Dispose()
    {
        if (!_listener.IsListening)
        {
            return;
        }

        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
