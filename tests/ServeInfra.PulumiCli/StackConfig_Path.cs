namespace ServeInfra.PulumiCli;

public sealed partial class StackConfig
{
    private static object NewContainer(object accessor) =>
        accessor is int ? new List<object?>() : new SortedDictionary<string, object?>(StringComparer.Ordinal);

    /// <summary><c>object.Set</c>: walks the path, creating containers, with the CLI's errors.</summary>
    private static object? SetIn(object? node, IReadOnlyList<object> path, int index, object value, int depth)
    {
        if (index == path.Count)
        {
            return value;
        }

        var accessor = path[index];
        var prefix = PropertyPath.Format(path.Take(index + 1));
        if (node is not (List<object?> or SortedDictionary<string, object?>))
        {
            // COMPAT in object.Set: at the first level a scalar is overwritten by a new container; deeper it is an error.
            node = node is null || depth == 1
                ? NewContainer(accessor)
                : throw new PulumiCliException($"{PropertyPath.Format(path.Take(index))}: expected {(accessor is int ? "an array" : "a map")}");
        }

        switch (node)
        {
            case List<object?> list:
                if (accessor is not int position)
                {
                    throw new PulumiCliException($"{prefix}: key for an array must be an int");
                }

                if (position < 0 || position > list.Count)
                {
                    throw new PulumiCliException($"{prefix}: array index out of range");
                }

                if (position == list.Count)
                {
                    list.Add(null);
                }

                list[position] = SetIn(list[position], path, index + 1, value, depth + 1);
                return list;
            case SortedDictionary<string, object?> map:
                if (accessor is not string name)
                {
                    throw new PulumiCliException($"{prefix}: key for a map must be a string");
                }

                map[name] = SetIn(map.GetValueOrDefault(name), path, index + 1, value, depth + 1);
                return map;
            default:
                throw new InvalidOperationException("unreachable");
        }
    }
}
