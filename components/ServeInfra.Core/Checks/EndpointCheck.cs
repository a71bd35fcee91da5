using System.Globalization;
using System.Text.Json;

namespace ServeInfra.Core.Checks;

/// <summary>
/// The check that runs in the cluster before <c>pulumi up</c> hands out <c>user_service_url</c>: it asks the endpoint
/// for Serve's route table (<c>GET /-/routes</c>, answered by Serve's proxy itself: 200 with a JSON object of route
/// prefix to application name once the proxy is healthy, 503 before; ray-project/ray
/// <c>python/ray/serve/_private/proxy.py</c> <c>HTTPProxy.routes_response</c>) until every configured route is in it,
/// and for a public endpoint also proves that the same request without the token gets the gateway's 401.
/// It is a Python program (Ray's image has Python), so it needs no other image; it prints no token.
/// </summary>
public static class EndpointCheck
{
    /// <summary>The environment variable that holds the token (from a Kubernetes Secret), for public endpoints.</summary>
    public const string TokenVariable = "SERVEINFRA_CHECK_TOKEN";

    /// <summary>The program, for <c>python3 -c</c>.</summary>
    public const string Script = """
        import json, os, sys, time, urllib.error, urllib.request

        base = os.environ["SERVEINFRA_CHECK_URL"].rstrip("/")
        routes = json.loads(os.environ["SERVEINFRA_CHECK_ROUTES"])
        token = os.environ.get("SERVEINFRA_CHECK_TOKEN")
        deadline = time.monotonic() + int(os.environ["SERVEINFRA_CHECK_SECONDS"])
        interval = float(os.environ.get("SERVEINFRA_CHECK_INTERVAL", "5"))


        def get(path, with_token):
            headers = {"Authorization": "Bearer " + token} if with_token else {}
            request = urllib.request.Request(base + path, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    return response.status, response.headers, response.read()
            except urllib.error.HTTPError as error:
                return error.code, error.headers, error.read()


        def problem():
            status, _, body = get("/-/routes", token is not None)
            if status != 200:
                return "GET /-/routes%s answered %d, not Serve's route table" % (" with the token" if token else "", status)
            try:
                table = json.loads(body)
            except ValueError:
                return "GET /-/routes answered 200 but not with Serve's route table"
            missing = [route for route in routes if route not in table]
            if missing:
                return "Serve answers but does not route " + ", ".join(missing) + " yet"
            if token is not None:
                status, headers, _ = get("/-/routes", False)
                if status != 401 or not headers.get("WWW-Authenticate", "").startswith("Bearer"):
                    return "without the token the endpoint answered %d, not the gateway's 401" % status
            return None


        last = None
        while True:
            try:
                last = problem()
            except (urllib.error.URLError, OSError) as error:
                last = "cannot reach %s: %s" % (base, getattr(error, "reason", error))
            if last is None:
                print("ok: %s serves %s%s" % (base, ", ".join(routes), " and refuses requests without the token" if token else ""))
                sys.exit(0)
            if time.monotonic() > deadline:
                print("FAILED: " + last)
                sys.exit(1)
            time.sleep(interval)
        """;

    /// <summary>The program's environment, without the token (which comes from a Secret).</summary>
    public static IReadOnlyDictionary<string, string> Environment(string url, IEnumerable<string> routes, int seconds)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(routes);
        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["SERVEINFRA_CHECK_URL"] = url,
            ["SERVEINFRA_CHECK_ROUTES"] = JsonSerializer.Serialize(routes.ToList()),
            ["SERVEINFRA_CHECK_SECONDS"] = seconds.ToString(CultureInfo.InvariantCulture),
        };
    }
}
