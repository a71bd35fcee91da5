using ServeInfra.Core.Access;

namespace ServeInfra.Components.Access;

/// <summary>Inputs of <see cref="PublicEndpoint"/>.</summary>
internal sealed class PublicEndpointArgs
{
    /// <summary>The cluster the endpoint belongs to.</summary>
    public required EndpointContext Context { get; init; }

    /// <summary>The public access settings: domain, timeout, gateway replicas, tokens.</summary>
    public required PublicAccess Access { get; init; }
}
