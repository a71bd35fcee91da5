using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi.Testing;

namespace ServeInfra.Examples.Tests;

/// <summary>
/// The example's mock engine: it echoes every input and fills in what Google Cloud, Kubernetes and the random provider
/// compute (a distinct address per reserved address, generated names, the GKE endpoint, service account emails, token
/// values), and records every registration.
/// </summary>
public sealed class ExampleMocks : IMocks
{
    private int _addresses;

    /// <summary>Every resource the program registered.</summary>
    public ConcurrentBag<MockResourceArgs> Registered { get; } = [];

    /// <inheritdoc />
    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        Registered.Add(args);
        var state = args.Inputs.ToBuilder();
        var suffix = Suffix(args.Name!);
        switch (args.Type)
        {
            case "gcp:compute/address:Address":
                state["address"] = $"10.10.0.{Interlocked.Increment(ref _addresses) + 10}";
                break;
            case "gcp:compute/globalAddress:GlobalAddress":
                state["address"] = $"34.120.0.{Interlocked.Increment(ref _addresses) + 10}";
                break;
            case "gcp:container/cluster:Cluster":
                state["endpoint"] = "203.0.113.10";
                state["masterAuth"] = ImmutableDictionary<string, object>.Empty.Add("clusterCaCertificate", "Q0EtREFUQQ==");
                break;
            case "gcp:serviceaccount/account:Account":
                state["email"] = $"{args.Inputs["accountId"]}@example-project.iam.gserviceaccount.com";
                break;
            case "random:index/randomPassword:RandomPassword":
                // As long as the inputs ask for, of lower-case letters: a value of the token format the gateway accepts.
                var length = Convert.ToInt32(args.Inputs["length"], System.Globalization.CultureInfo.InvariantCulture);
                state["result"] = string.Concat(Enumerable.Repeat(suffix, (length / suffix.Length) + 1))[..length];
                break;
        }

        // Names Google Cloud and Kubernetes generate when the program leaves them out (Pulumi's autonaming).
        if (args.Type!.StartsWith("gcp:", StringComparison.Ordinal) && !state.ContainsKey("name"))
        {
            state["name"] = $"{args.Name}-{suffix[..7]}";
        }

        if (args.Type.StartsWith("kubernetes:", StringComparison.Ordinal) && state.TryGetValue("metadata", out var metadata)
            && metadata is ImmutableDictionary<string, object> meta && !meta.ContainsKey("name"))
        {
            state["metadata"] = meta.Add("name", $"{args.Name}-{suffix}");
        }

        return Task.FromResult<(string? id, object state)>(($"{args.Name}-id", state.ToImmutable()));
    }

    /// <summary>The components call no provider functions; a call means something changed that these mocks must learn.</summary>
    public Task<object> CallAsync(MockCallArgs args) =>
        throw new NotSupportedException($"Unexpected provider function call {args?.Token} in the example.");

    // Eight lower-case letters, the same for the same name on every run.
    private static string Suffix(string name)
    {
        var hash = name.Aggregate(17u, (h, c) => unchecked((h * 31) + c));
        return new string(Enumerable.Range(0, 8).Select(i => (char)('a' + ((hash >> (i * 3)) % 26))).ToArray());
    }
}
