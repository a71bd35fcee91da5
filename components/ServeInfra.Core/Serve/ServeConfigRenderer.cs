using System.Text;

namespace ServeInfra.Core.Serve;

/// <summary>Renders a RayService's <c>serveConfigV2</c>: Ray Serve's multi-application config, as YAML.</summary>
public static class ServeConfigRenderer
{
    /// <summary>The port Serve's HTTP proxies listen on; the endpoints point at it.</summary>
    public const int HttpPort = 8000;

    /// <summary>
    /// How long Serve's proxies keep an idle client connection, in seconds. Set explicitly (older Ray defaults to
    /// 5 s) and longer than the gateway's upstream keep-alive, so the gateway never reuses a connection Serve is closing.
    /// </summary>
    public const int KeepAliveTimeoutSeconds = 90;

    /// <summary>
    /// Renders the config. <c>http_options</c> always binds 0.0.0.0:8000 and sets the keep-alive timeout: the endpoints reach Serve from other
    /// pods (gateway, load balancer), and Serve cannot change it while running, so it is never left to defaults.
    /// Every string is double-quoted, so no value can change the document's structure.
    /// </summary>
    public static string Render(IReadOnlyList<ServeApplication> applications)
    {
        ArgumentNullException.ThrowIfNull(applications);
        if (applications.Count == 0)
        {
            throw new ArgumentException("A Serve config needs at least one application.", nameof(applications));
        }

        var yaml = new StringBuilder();
        yaml.Append("http_options:\n");
        yaml.Append("  host: \"0.0.0.0\"\n");
        yaml.Append("  port: ").Append(HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        yaml.Append("  keep_alive_timeout_s: ").Append(KeepAliveTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        yaml.Append("applications:\n");
        foreach (var app in applications)
        {
            yaml.Append("  - name: ").Append(YamlScalar.Quote(app.Name)).Append('\n');
            yaml.Append("    route_prefix: ").Append(YamlScalar.Quote(app.RoutePrefix)).Append('\n');
            yaml.Append("    import_path: ").Append(YamlScalar.Quote(app.ImportPath)).Append('\n');
            AppendRuntimeEnv(yaml, app.RuntimeEnv);
        }

        return yaml.ToString();
    }

    private static void AppendRuntimeEnv(StringBuilder yaml, RuntimeEnv env)
    {
        if (env.IsEmpty)
        {
            return;
        }

        yaml.Append("    runtime_env:\n");
        if (env.WorkingDir is not null)
        {
            yaml.Append("      working_dir: ").Append(YamlScalar.Quote(env.WorkingDir)).Append('\n');
        }

        if (env.Pip.Count > 0)
        {
            yaml.Append("      pip:\n");
            foreach (var requirement in env.Pip)
            {
                yaml.Append("        - ").Append(YamlScalar.Quote(requirement)).Append('\n');
            }
        }

        if (env.EnvVars.Count > 0)
        {
            yaml.Append("      env_vars:\n");
            foreach (var (name, value) in env.EnvVars.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                yaml.Append("        ").Append(YamlScalar.Quote(name)).Append(": ").Append(YamlScalar.Quote(value)).Append('\n');
            }
        }
    }
}
