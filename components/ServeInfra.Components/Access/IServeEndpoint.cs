using Pulumi;

namespace ServeInfra.Components.Access;

/// <summary>
/// A cluster's access endpoint: <see cref="PrivateEndpoint"/> or <see cref="PublicEndpoint"/>. It is built in two steps,
/// because the RayService and the endpoint need each other: the endpoint says how KubeRay's serve Service must look
/// (<see cref="ServeService"/>, part of the RayService's spec), then <see cref="Serve"/> adds what needs the running
/// RayService (the gateway, the Service's live settings, the endpoint check).
/// </summary>
internal interface IServeEndpoint
{
    /// <summary>The RayService's <c>spec.serveService</c>, or null for KubeRay's default (a ClusterIP Service on port 8000).</summary>
    Output<object>? ServeService { get; }

    /// <summary>The URL clients call; when the endpoint check is on, known only once the check passed.</summary>
    Output<string> Url { get; }

    /// <summary>Adds what waits for the RayService (which <c>pulumi up</c> awaits until Serve is Ready); called once.</summary>
    void Serve(Resource rayService);
}
