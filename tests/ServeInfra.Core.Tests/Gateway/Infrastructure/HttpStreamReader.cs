using System.Globalization;
using System.Text;

namespace ServeInfra.Core.Tests.Gateway.Infrastructure;

/// <summary>Reads HTTP/1.1 message heads and bodies (Content-Length or chunked) from a stream, byte-exact.</summary>
internal sealed class HttpStreamReader(Stream stream)
{
    private readonly byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;

    /// <summary>The head (start line and header lines, without the final blank line), or null at end of stream.</summary>
    public async Task<string?> ReadHeadAsync(CancellationToken cancel)
    {
        var head = new StringBuilder();
        while (true)
        {
            var b = await ReadByteAsync(cancel);
            if (b < 0)
            {
                return head.Length == 0 ? null : head.ToString();
            }

            head.Append((char)b);
            if (head.Length >= 4 && head[^1] == '\n' && head[^2] == '\r' && head[^3] == '\n' && head[^4] == '\r')
            {
                return head.ToString(0, head.Length - 4);
            }
        }
    }

    /// <summary>Reads the body the request's headers announce and returns its length.</summary>
    public async Task<int> ReadBodyAsync(UpstreamRequest request, CancellationToken cancel)
    {
        if (request.Header("Transfer-Encoding") is { } coding && coding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            return (await ReadChunkedAsync(cancel)).Length;
        }

        var length = request.Header("Content-Length") is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : 0;
        return (await ReadExactlyAsync(length, cancel)).Length;
    }

    /// <summary>A chunked body, decoded; trailers are skipped.</summary>
    public async Task<byte[]> ReadChunkedAsync(CancellationToken cancel)
    {
        var body = new List<byte>();
        while (true)
        {
            var sizeLine = await ReadLineAsync(cancel);
            var size = int.Parse(sizeLine.Split(';')[0].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                while ((await ReadLineAsync(cancel)).Length > 0)
                {
                }

                return [.. body];
            }

            body.AddRange(await ReadExactlyAsync(size, cancel));
            await ReadLineAsync(cancel);
        }
    }

    /// <summary>Exactly <paramref name="count"/> bytes, or fewer if the stream ends first.</summary>
    public async Task<byte[]> ReadExactlyAsync(int count, CancellationToken cancel)
    {
        var result = new List<byte>(Math.Min(count, 64 * 1024));
        while (result.Count < count)
        {
            var b = await ReadByteAsync(cancel);
            if (b < 0)
            {
                break;
            }

            result.Add((byte)b);
        }

        return [.. result];
    }

    /// <summary>Everything up to the end of the stream.</summary>
    public async Task<byte[]> ReadToEndAsync(CancellationToken cancel) => await ReadExactlyAsync(int.MaxValue, cancel);

    private async Task<string> ReadLineAsync(CancellationToken cancel)
    {
        var line = new StringBuilder();
        int b;
        while ((b = await ReadByteAsync(cancel)) >= 0 && b != '\n')
        {
            line.Append((char)b);
        }

        return line.ToString().TrimEnd('\r');
    }

    private async ValueTask<int> ReadByteAsync(CancellationToken cancel)
    {
        if (start == end)
        {
            start = 0;
            end = await stream.ReadAsync(buffer, cancel);
            if (end == 0)
            {
                return -1;
            }
        }

        return buffer[start++];
    }
}
