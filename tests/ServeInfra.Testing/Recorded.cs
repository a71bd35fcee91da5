using Pulumi;

namespace ServeInfra.Tests.Support;

/// <summary>A resource's options as the program set them, captured by <see cref="OptionsRecorder"/>.</summary>
public sealed record Recorded(string Type, string Name, ResourceOptions Options, ResourceArgs Args, Resource Resource);

/// <summary>A transformation that records every resource's options without changing anything.</summary>
public sealed class OptionsRecorder
{
    private readonly List<Recorded> _seen = [];

    public IReadOnlyList<Recorded> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    public ResourceTransformation Transformation => args =>
    {
        lock (_seen)
        {
            _seen.Add(new Recorded(args.Resource.GetResourceType(), args.Resource.GetResourceName(), args.Options, args.Args, args.Resource));
        }

        return null;
    };
}
