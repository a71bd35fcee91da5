using Pulumi;

namespace ServeInfra.Components.Access;

/// <summary>What every access mode's endpoint provides to its cluster.</summary>
public interface IServeEndpoint
{
    /// <summary>The URL clients call, ending with <c>/</c>.</summary>
    Output<string> Url { get; }
}
