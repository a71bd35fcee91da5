namespace ServeInfra.PulumiCli;

public sealed partial class PulumiProject
{
    /// <summary>
    /// <c>Project.Validate</c> (pulumi/pulumi v3.259.0 <c>sdk/go/common/workspace/project.go</c>), with its messages.
    /// The CLI walks a Go map, so with several bad keys it names one of them; this walks them in key order.
    /// </summary>
    private string? FirstProblem()
    {
        foreach (var (key, type) in Config)
        {
            if (type.Default is not null && type.Value is not null)
            {
                return $"project config '{key}' cannot have both a 'default' and 'value' attribute";
            }

            if (OwnsKey(key))
            {
                if (type.Type == "array" && type.Items is null)
                {
                    return $"The configuration key '{key}' declares an array but does not specify the underlying type via the 'items' attribute";
                }

                if (type.Type is { } typeName && type.Default is not null && !ConfigValues.IsOfType(typeName, type.Items, type.Default))
                {
                    return $"The default value specified for configuration key '{key}' is not of the expected type '{ConfigValues.FullTypeName(typeName, type.Items)}'";
                }
            }
            else if (type.Type is not null)
            {
                return $"Configuration key '{key}' is not namespaced by the project and should not define a type";
            }
            else if (type.Default is not null)
            {
                return $"Configuration key '{key}' is not namespaced by the project and should not define a default value. Did you mean to use the 'value' attribute instead of 'default'?";
            }
            else if (type.Value is null)
            {
                return $"Configuration key '{key}' is namespaced and must provide an attribute 'value'";
            }
        }

        return null;
    }
}
