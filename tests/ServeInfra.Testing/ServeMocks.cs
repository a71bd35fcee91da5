using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi.Testing;

namespace ServeInfra.Tests.Support;

/// <summary>
/// The one mock engine of the Pulumi-bound tests: it echoes inputs and fills in what GCP, Kubernetes and the
/// random provider would compute (addresses, names, endpoints, token values), and records every registration.
/// </summary>
public sealed class ServeMocks : IMocks
{
    public const string InternalIp = "10.10.0.5";
    public const string GlobalIp = "34.120.0.1";

    public ConcurrentBag<MockResourceArgs> Registered { get; } = [];

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        Registered.Add(args);
        var state = args.Inputs.ToBuilder();
        switch (args.Type)
        {
            case "gcp:compute/address:Address":
                state["address"] = InternalIp;
                state["name"] = args.Name + "-1234567";
                break;
            case "gcp:compute/globalAddress:GlobalAddress":
                state["address"] = GlobalIp;
                state["name"] = args.Name + "-1234567";
                break;
            case "gcp:compute/sSLPolicy:SSLPolicy":
                state["name"] = args.Name + "-1234567";
                break;
            case "gcp:container/cluster:Cluster":
                state["name"] = args.Name + "-1234567";
                state["endpoint"] = "203.0.113.10";
                state["masterAuth"] = ImmutableDictionary<string, object>.Empty.Add("clusterCaCertificate", "Q0EtREFUQQ==");
                break;
            case "gcp:serviceaccount/account:Account":
                state["email"] = $"{args.Inputs["accountId"]}@project.iam.gserviceaccount.com";
                break;
            case "random:index/randomPassword:RandomPassword":
                // Deterministic per resource name, alphanumeric, the real length.
                var seed = (uint)args.Name!.Aggregate(17, (h, c) => (h * 31) + c);
                state["result"] = new string(Enumerable.Range(0, 43).Select(i => (char)('a' + ((seed + (uint)(i * 7)) % 26))).ToArray());
                break;
        }

        if (args.Type!.StartsWith("kubernetes:", StringComparison.Ordinal) && args.Inputs.TryGetValue("metadata", out var metadata)
            && metadata is ImmutableDictionary<string, object> meta && !meta.ContainsKey("name"))
        {
            state["metadata"] = meta.Add("name", args.Name + "-abcd1234");
        }

        return Task.FromResult<(string? id, object state)>((args.Name + "_id", state.ToImmutable()));
    }

    public Task<object> CallAsync(MockCallArgs args) => Task.FromResult<object>(args.Args);
}
