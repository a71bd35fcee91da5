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
    /// One random value per valid slot. The keepers hold the slot's generation, so raising a token's generation
    /// replaces only the slot that takes the new generation; the other slot keeps the previous value.
    /// </summary>
    private Dictionary<TokenSlot, Output<string>> CreateTokens(string name, PublicAccess access, IReadOnlyList<TokenSlot> slots)
    {
        var values = new Dictionary<TokenSlot, Output<string>>();
        foreach (var slot in slots)
        {
            var password = new Random.RandomPassword($"{name}-token-{slot.ResourceSuffix}", new Random.RandomPasswordArgs
            {
                // 43 characters of [A-Za-z0-9]: 256 bits of entropy; alphanumeric so nginx matches it exactly.
                Length = GatewayTokenGenerator.TokenLength,
                Special = false,
                Upper = true,
                Lower = true,
                Numeric = true,
                Keepers =
                {
                    { "generation", slot.Generation.ToString(CultureInfo.InvariantCulture) },
                    { AccessStamp.GcpLabel, access.Stamp },
                },
            }, new CustomResourceOptions
            {
                Parent = this,
                // The mock engine and older engines do not apply the provider's secret marking: do it here.
                AdditionalSecretOutputs = { "result" },
            });
            values[slot] = Output.CreateSecret(password.Result);
        }

        return values;
    }
}
