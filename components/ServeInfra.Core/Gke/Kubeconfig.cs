namespace ServeInfra.Core.Gke;

/// <summary>Renders a kubeconfig for a GKE cluster that authenticates through <c>gke-gcloud-auth-plugin</c>.</summary>
public static class Kubeconfig
{
    /// <summary>
    /// The kubeconfig for <paramref name="contextName"/>. It holds no credential (the plugin asks gcloud for a
    /// short-lived token), but it is still treated as a secret: it names the endpoint and the CA.
    /// </summary>
    /// <param name="contextName">The cluster and context name.</param>
    /// <param name="endpoint">The control plane's address (IP or DNS name), without scheme.</param>
    /// <param name="caCertificate">The cluster CA, base64 as GKE reports it.</param>
    public static string Render(string contextName, string endpoint, string caCertificate)
    {
        ArgumentException.ThrowIfNullOrEmpty(contextName);
        ArgumentException.ThrowIfNullOrEmpty(endpoint);
        ArgumentException.ThrowIfNullOrEmpty(caCertificate);
        return $"""
            apiVersion: v1
            kind: Config
            clusters:
              - name: {contextName}
                cluster:
                  server: https://{endpoint}
                  certificate-authority-data: {caCertificate}
            contexts:
              - name: {contextName}
                context:
                  cluster: {contextName}
                  user: {contextName}
            current-context: {contextName}
            users:
              - name: {contextName}
                user:
                  exec:
                    apiVersion: client.authentication.k8s.io/v1beta1
                    command: gke-gcloud-auth-plugin
                    installHint: Install gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin).
                    provideClusterInfo: true

            """;
    }
}
