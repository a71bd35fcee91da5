using ServeInfra.Core.Access;

namespace ServeInfra.Components.Access;

/// <summary>Inputs of <see cref="PrivateEndpoint"/>.</summary>
internal sealed class PrivateEndpointArgs
{
    /// <summary>The cluster the endpoint belongs to.</summary>
    public required EndpointContext Context { get; init; }

    /// <summary>The private access settings: extra source ranges and global access.</summary>
    public required PrivateAccess Access { get; init; }
}
