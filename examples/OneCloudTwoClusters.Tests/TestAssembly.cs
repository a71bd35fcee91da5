// Pulumi's mock engine keeps one deployment per process, and each run sets PULUMI_CONFIG: never in parallel.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
