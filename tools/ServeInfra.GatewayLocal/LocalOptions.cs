using System.Globalization;
using ServeInfra.Core.Gateway;

namespace ServeInfra.GatewayLocal;

/// <summary>
/// The command line, parsed. It never holds a token: another user can read a process's arguments (<c>ps</c>) and
/// shells keep them in history, so the token comes from <see cref="TokenFile"/> or the environment (<see cref="LocalToken"/>).
/// </summary>
internal sealed record LocalOptions
{
    public const string Usage = """
        Usage: dotnet run --project tools/ServeInfra.GatewayLocal -- --upstream HOST:PORT [options]

          --upstream HOST:PORT   Ray Serve's HTTP address (required), e.g. 127.0.0.1:8000
          --port N               port to listen on at 127.0.0.1 (default 8443)
          --route APP=/PREFIX    a Serve app and its route prefix, for docs links; repeatable
          --token-file PATH      read the token to accept from PATH (one line: 50 characters of a-z 0-9,
                                 or an earlier 43-character token); or set SERVEINFRA_GATEWAY_TOKEN;
                                 default: generate one and print it once, on stderr
          --nginx PATH           the nginx binary (default /usr/sbin/nginx)
          --workers N            nginx worker processes (default 1)
          --write-config DIR     only write nginx.conf and tokens.conf into DIR (runtime files and logs
                                 go there too) and exit; nginx is not started

        stdout carries nginx's access log (one JSON line per request) and nothing else; everything meant for
        you (the token banner, URLs, errors) goes to stderr.
        """;

    public required string UpstreamHost { get; init; }
    public required int UpstreamPort { get; init; }
    public int Port { get; init; } = 8443;
    public IReadOnlyList<GatewayRoute> Routes { get; init; } = [];
    public string? TokenFile { get; init; }
    public string NginxPath { get; init; } = "/usr/sbin/nginx";
    public int Workers { get; init; } = 1;
    public string? WriteConfigDirectory { get; init; }

    /// <summary>The options, or every problem with the arguments (never echoing a token).</summary>
    public static (LocalOptions? Options, IReadOnlyList<string> Errors) Parse(IReadOnlyList<string> args)
    {
        var errors = new List<string>();
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string[] known = ["--upstream", "--port", "--route", "--token-file", "--nginx", "--workers", "--write-config"];
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--token")
            {
                // Skip its value unseen: the message must not echo it.
                i++;
                errors.Add($"--token: a token on the command line is visible to other users (ps) and kept in shell history; use --token-file PATH or the {LocalToken.EnvironmentVariable} environment variable.");
            }
            else if (!known.Contains(args[i]))
            {
                errors.Add($"'{args[i]}' is not an option; allowed: {string.Join(", ", known)} (see --help).");
            }
            else if (i + 1 >= args.Count)
            {
                errors.Add($"{args[i]}: needs a value.");
            }
            else
            {
                values.TryAdd(args[i], []);
                values[args[i]].Add(args[++i]);
            }
        }

        string? Single(string flag)
        {
            if (!values.TryGetValue(flag, out var given))
            {
                return null;
            }

            if (given.Count > 1)
            {
                errors.Add($"{flag}: given {given.Count} times; give it once.");
            }

            return given[0];
        }

        int Number(string flag, int fallback, int min, int max)
        {
            var text = Single(flag);
            if (text is null)
            {
                return fallback;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            {
                errors.Add($"{flag}: '{text}' is not allowed; use a whole number {min}-{max}.");
            }

            return n;
        }

        var upstream = Single("--upstream");
        string host = "";
        var upstreamPort = 0;
        if (upstream is null)
        {
            errors.Add("--upstream: missing; give Ray Serve's HTTP address as HOST:PORT, e.g. --upstream 127.0.0.1:8000.");
        }
        else if (upstream.Split(':') is not [var h, var p] || h.Length == 0
                 || !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out upstreamPort) || upstreamPort is < 1 or > 65535)
        {
            errors.Add($"--upstream: '{upstream}' is not allowed; use HOST:PORT with a port 1-65535, e.g. 127.0.0.1:8000.");
        }
        else
        {
            host = h;
        }

        var routes = new List<GatewayRoute>();
        foreach (var route in values.GetValueOrDefault("--route") ?? [])
        {
            if (route.Split('=') is [var app, var prefix])
            {
                routes.Add(new GatewayRoute { AppName = app, RoutePrefix = prefix });
            }
            else
            {
                errors.Add($"--route: '{route}' is not allowed; use APP=/PREFIX, e.g. --route llm=/llm or --route default=/.");
            }
        }

        var options = new LocalOptions
        {
            UpstreamHost = host,
            UpstreamPort = upstreamPort,
            Port = Number("--port", 8443, 1, 65535),
            Routes = routes,
            TokenFile = Single("--token-file"),
            NginxPath = Single("--nginx") ?? "/usr/sbin/nginx",
            Workers = Number("--workers", 1, 1, 64),
            WriteConfigDirectory = Single("--write-config"),
        };
        return errors.Count == 0 ? (options, errors) : (null, errors);
    }
}
