namespace ServeInfra.Core.Gateway;

/// <summary>
/// The page a browser gets with the gateway's 401: what is missing and the two ways to supply it. Fixed text and
/// one nginx variable that picks one of two fixed sentences: nothing of the request appears in it.
/// </summary>
internal static class GatewayUnauthorizedPage
{
    /// <summary>The sentence for a request without any credential.</summary>
    public const string NoTokenReason = "This request carried no token.";

    /// <summary>The sentence for a request whose credential was refused.</summary>
    public const string InvalidTokenReason = "The token this request carried is not valid: it may have been rotated, retired or mistyped.";

    /// <summary>
    /// The HTML, with <paramref name="reasonVariable"/> (an nginx variable holding one of the sentences above) where
    /// the reason goes. No double quote, backslash or '$' of its own, so it sits in an nginx string as it is.
    /// </summary>
    public static string Html(string reasonVariable) =>
        "<!DOCTYPE html>\\n" +
        "<html lang=en>\\n" +
        "<head><meta charset=utf-8><meta name=viewport content='width=device-width, initial-scale=1'><title>401: token needed</title></head>\\n" +
        "<body>\\n" +
        "<h1>This API needs a token</h1>\\n" +
        $"<p>{reasonVariable}</p>\\n" +
        "<p>In a browser: open your API docs link again. It carries the token and signs this browser in. " +
        "Whoever runs this deployment can list the links with <code>pulumi stack output api_docs_urls --show-secrets</code>.</p>\\n" +
        "<p>From a program: send the header <code>Authorization: Bearer &lt;token&gt;</code>.</p>\\n" +
        "</body>\\n" +
        "</html>\\n";
}
