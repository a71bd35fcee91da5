namespace ServeInfra.Core.Gateway;

/// <summary>
/// The nginx variables that both rendered files name: the nginx.conf defines and reads them, the tokens file's map
/// blocks define the token lookups on them. One spelling for both, so the two files cannot drift apart.
/// </summary>
internal static class GatewayVariables
{
    /// <summary>
    /// The token a request presents, in a token's shape, or "": the Authorization header's, else the cookie's; on the
    /// docs-login path the query parameter's (that location sets it).
    /// </summary>
    public const string PresentedToken = "$serveinfra_presented_token";

    /// <summary>The label of the token that authorises the request, or "" (refused). Logged; never the token.</summary>
    public const string TokenLabel = "$serveinfra_token_label";

    /// <summary>The name of the token that authorises the request (its rate limit's key), or "".</summary>
    public const string TokenName = "$serveinfra_token_name";

    /// <summary>An earlier-format token's entry, "label token", or "": what the exact comparison needs.</summary>
    public const string LegacyTokenEntry = "$serveinfra_legacy_token_entry";

    /// <summary>The label of an earlier-format token that the presented one equals byte for byte, or "".</summary>
    public const string LegacyTokenLabel = "$serveinfra_legacy_token_label";
}
