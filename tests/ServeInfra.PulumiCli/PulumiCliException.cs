namespace ServeInfra.PulumiCli;

/// <summary>The Pulumi CLI refused the project or the stack before the program ran; the message is the CLI's own.</summary>
public sealed class PulumiCliException : Exception
{
    /// <summary>Creates the exception with the CLI's message.</summary>
    public PulumiCliException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public PulumiCliException()
    {
    }

    /// <summary>Creates the exception with the CLI's message and the error it wraps.</summary>
    public PulumiCliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
