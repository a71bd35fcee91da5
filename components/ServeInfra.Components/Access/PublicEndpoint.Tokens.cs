using System.Globalization;
using Pulumi;
using ServeInfra.Core.Access;
using ServeInfra.Core.Gateway;
using ServeInfra.Core.Tokens;
using Random = Pulumi.Random;

namespace ServeInfra.Components.Access;

public sealed partial class PublicEndpoint
{
    /// <summary>
    /// The arguments that decide a value's format. The random provider replaces a password when any of them changes
    /// (each has RequiresReplace: hashicorp/terraform-provider-random internal/provider/resource_password.go), which
    /// would hand every client a new value at once. So they are ignored on existing values: a value keeps the format
    /// it was made with, and only a new generation, a new resource, is made in the current one.
    /// </summary>
    private static readonly string[] FormatArguments = ["length", "upper", "lower", "numeric", "special"];

    /// <summary>
    /// One random value per valid generation, each its own resource named after the generation, so a rotation
    /// creates one and a retirement deletes one. Values made when each name had two fixed slots (a/b) are adopted
    /// through an alias. The keepers are kept as they were (they hold the generation, which never changes for a
    /// resource now), so adopted values show no diff.
    /// </summary>
    private Dictionary<TokenSlot, Output<string>> CreateTokens(string name, PublicAccess access, IReadOnlyList<TokenSlot> slots)
    {
        var values = new Dictionary<TokenSlot, Output<string>>();
        foreach (var slot in slots)
        {
            var password = new Random.RandomPassword($"{name}-token-{slot.ResourceSuffix}", new Random.RandomPasswordArgs
            {
                // 50 characters of [a-z0-9]: 258 bits of entropy, on an alphabet nginx's map compares exactly (GatewayTokenGenerator).
                Length = GatewayTokenGenerator.TokenLength,
                Upper = false,
                Lower = true,
                Numeric = true,
                Special = false,
                Keepers =
                {
                    { "generation", slot.Generation.ToString(CultureInfo.InvariantCulture) },
                    { AccessStamp.GcpLabel, access.Stamp },
                },
            }, new CustomResourceOptions
            {
                Parent = this,
                Aliases = { new Alias { Name = $"{name}-token-{slot.FormerResourceSuffix}" } },
                IgnoreChanges = [.. FormatArguments],
                // The mock engine and older engines do not apply the provider's secret marking: do it here.
                AdditionalSecretOutputs = { "result" },
            });
            values[slot] = Output.CreateSecret(password.Result);
        }

        return values;
    }
}
