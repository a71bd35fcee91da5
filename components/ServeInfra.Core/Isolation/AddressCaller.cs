using ServeInfra.Core.Networking;

namespace ServeInfra.Core.Isolation;

/// <summary>
/// A caller outside the cluster's pods and nodes whose address reaches the pod unchanged: a VM, a peered or VPN
/// client through the internal passthrough load balancer (with <c>externalTrafficPolicy: Local</c>), a Google Front
/// End or health checker through a container-native (NEG) load balancer.
/// </summary>
/// <param name="Source">The source address (a /32) or a range every address of which is meant.</param>
public sealed record AddressCaller(Ipv4Cidr Source) : Caller;
