using System.Runtime.InteropServices;
using ServeInfra.Core.Gateway;
using ServeInfra.GatewayLocal;

// Runs the token gateway on this machine with exactly the nginx.conf the cluster gets, in local mode.
if (args.Any(arg => arg is "--help" or "-h"))
{
    Console.WriteLine(LocalOptions.Usage);
    return 0;
}

var (options, errors) = LocalOptions.Parse(args);
if (options is null)
{
    return Fail(errors);
}

var warnings = new List<string>();
var (token, generated, tokenErrors) = LocalToken.Resolve(options.TokenFile, Environment.GetEnvironmentVariable(LocalToken.EnvironmentVariable), warnings);
if (token is null)
{
    return Fail(tokenErrors);
}

foreach (var warning in warnings)
{
    Console.Error.WriteLine($"warning: {warning}");
}

var writeOnly = options.WriteConfigDirectory is not null;
var directory = writeOnly
    ? Directory.CreateDirectory(Path.GetFullPath(options.WriteConfigDirectory!)).FullName.TrimEnd('/')
    : Directory.CreateTempSubdirectory("serveinfra-gateway-").FullName;
try
{
    var settings = LocalGateway.Settings(options, directory, logToConsole: !writeOnly);
    var invalid = settings.Validate();
    if (invalid.Count > 0)
    {
        return Fail(invalid.Select(FlagHint).ToList());
    }

    if (!writeOnly && !File.Exists(options.NginxPath))
    {
        return Fail([$"--nginx: '{options.NginxPath}' does not exist; install nginx (Debian: apt-get install -y nginx-light) or pass --nginx PATH."]);
    }

    LocalGateway.AllowTraversal(directory);
    var configPath = LocalGateway.WriteFiles(settings, token);
    var baseUrl = $"http://127.0.0.1:{settings.ListenPort}";
    if (writeOnly)
    {
        Console.Error.WriteLine($"Wrote {configPath} and {settings.TokensFilePath} (mode 0600).");
        Console.Error.WriteLine($"Run: {options.NginxPath} -p {directory}/ {string.Join(' ', GatewayContract.NginxArguments(configPath).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"'{a}'" : a))}");
        PrintToken();
        return 0;
    }

    using var nginx = LocalGateway.Start(options.NginxPath, directory, configPath);
    using var stop = PosixSignalRegistration.Create(PosixSignal.SIGINT, Quit);
    using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Quit);
    if (!await LocalGateway.WaitUntilListeningAsync(nginx, settings.ListenPort, TimeSpan.FromSeconds(10)))
    {
        LocalGateway.Signal(nginx, "QUIT");
        await nginx.WaitForExitAsync();
        return Fail([$"nginx did not start listening on {baseUrl} (exit code {(nginx.HasExited ? nginx.ExitCode : -1)}); see its messages above."]);
    }

    Console.Error.WriteLine($"Token gateway on {baseUrl}/ -> Ray Serve at {settings.UpstreamHost}:{settings.UpstreamPort}");
    PrintToken();
    Console.Error.WriteLine($"Requests:  curl -H 'Authorization: Bearer <token>' {baseUrl}/<route>/...");
    if (settings.Routes.Count == 0)
    {
        Console.Error.WriteLine("API docs:  no links (give --route APP=/PREFIX for each Serve app)");
    }

    foreach (var route in settings.Routes)
    {
        Console.Error.WriteLine($"API docs:  {baseUrl}{GatewayContract.DocsLoginPathAndQuery(settings, route.AppName, "<token>")}  ({route.AppName} -> {route.DocsPath})");
    }

    Console.Error.WriteLine($"Health:    {baseUrl}{settings.HealthPath}");
    Console.Error.WriteLine($"Files:     {directory} (removed on exit). Ctrl-C stops.");
    await nginx.WaitForExitAsync();
    return nginx.ExitCode;

    void Quit(PosixSignalContext context)
    {
        // Let nginx finish in-flight requests (graceful stop); Main returns once it has exited.
        context.Cancel = true;
        LocalGateway.Signal(nginx, "QUIT");
    }
}
finally
{
    if (!writeOnly)
    {
        Directory.Delete(directory, recursive: true);
    }
}

void PrintToken()
{
    // On stderr, apart from the access log on stdout. A provided token is never printed; a generated one exactly once, here.
    Console.Error.WriteLine(generated
        ? $"Token:     {token.Value}   (generated; shown only now)"
        : $"Token:     the one from {(options.TokenFile is null ? LocalToken.EnvironmentVariable : "--token-file")} (not shown)");
}

static int Fail(IReadOnlyList<string> problems)
{
    foreach (var problem in problems)
    {
        Console.Error.WriteLine($"error: {problem}");
    }

    Console.Error.WriteLine("See --help.");
    return 2;
}

static string FlagHint(string error)
{
    (string Setting, string Flag)[] flags =
    [
        ("GatewaySettings.ListenPort", "--port"), ("GatewaySettings.Upstream", "--upstream"),
        ("GatewaySettings.Routes", "--route"), ("GatewaySettings.WorkerProcesses", "--workers"),
        ("GatewaySettings.RuntimeDirectory", "--write-config"), ("GatewaySettings.TokensFilePath", "--write-config"),
        ("GatewaySettings.AccessLogPath", "--write-config"), ("GatewaySettings.ErrorLogPath", "--write-config"),
    ];
    var flag = flags.FirstOrDefault(f => error.StartsWith(f.Setting, StringComparison.Ordinal)).Flag;
    return flag is null ? error : $"{flag}: {error}";
}
