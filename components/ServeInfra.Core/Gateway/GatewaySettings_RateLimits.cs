namespace ServeInfra.Core.Gateway;

public sealed partial record GatewaySettings
{
    /// <summary>Largest <see cref="GatewayRateLimit.RequestsPerSecond"/> and <see cref="GatewayRateLimit.Burst"/>.</summary>
    internal const int MaximumRate = 100_000;

    private void ValidateRateLimits(List<string> errors)
    {
        if (RateLimits is null)
        {
            errors.Add("GatewaySettings.RateLimits: is null; use an empty list for no limits.");
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < RateLimits.Count; i++)
        {
            var limit = RateLimits[i];
            var at = $"GatewaySettings.RateLimits[{i}]";
            if (limit is null)
            {
                errors.Add($"{at}: is null.");
                continue;
            }

            if (limit.TokenName is null || !GatewaySyntax.TokenName().IsMatch(limit.TokenName))
            {
                errors.Add($"{at}.TokenName: '{limit.TokenName}' is not allowed; use 1-64 characters of a-z 0-9 . _ -.");
            }
            else if (!names.Add(limit.TokenName))
            {
                errors.Add($"{at}.TokenName: '{limit.TokenName}' has another limit; give each token one limit.");
            }

            if (limit.RequestsPerSecond is < 1 or > MaximumRate)
            {
                errors.Add($"{at}.RequestsPerSecond: '{limit.RequestsPerSecond}' is not allowed; use 1-{MaximumRate}.");
            }

            if (limit.Burst is < 0 or > MaximumRate)
            {
                errors.Add($"{at}.Burst: '{limit.Burst}' is not allowed; use 0-{MaximumRate}.");
            }
        }
    }
}
