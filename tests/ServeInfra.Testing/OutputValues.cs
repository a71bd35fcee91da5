using Pulumi;
using Pulumi.Utilities;

namespace ServeInfra.Tests.Support;

/// <summary>Reads Outputs in tests: value and secrecy.</summary>
public static class OutputValues
{
    public static Task<T> Value<T>(Output<T> output) => OutputUtilities.GetValueAsync(output);

    public static Task<bool> IsSecret<T>(Output<T> output) => Output.IsSecretAsync(output);
}
