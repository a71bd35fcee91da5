namespace ServeInfra.Core.Settings;

/// <summary>A pod's CPU and memory, as Kubernetes quantities. Requests equal limits, as Ray recommends.</summary>
/// <param name="Cpu">CPU, e.g. <c>2</c> or <c>500m</c>.</param>
/// <param name="Memory">Memory, e.g. <c>8Gi</c>.</param>
public sealed record ComputeResources(string Cpu, string Memory);
