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
                state["result"] = Password(args);
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

    /// <summary>
    /// What the random provider would make: the length and character classes the inputs ask for (its defaults: all
    /// classes on), deterministic per resource name so runs can be compared.
    /// </summary>
    private static string Password(MockResourceArgs args)
    {
        bool On(string flag) => !args.Inputs.TryGetValue(flag, out var value) || value is true;
        var alphabet = (On("upper") ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "") + (On("lower") ? "abcdefghijklmnopqrstuvwxyz" : "") + (On("numeric") ? "0123456789" : "");
        var length = Convert.ToInt32(args.Inputs["length"], System.Globalization.CultureInfo.InvariantCulture);
        var seed = (uint)args.Name!.Aggregate(17, (h, c) => (h * 31) + c);
        return new string(Enumerable.Range(0, length).Select(i => alphabet[(int)((seed + (uint)(i * 7)) % (uint)alphabet.Length)]).ToArray());
    }
}
