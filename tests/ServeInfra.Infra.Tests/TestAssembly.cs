// Pulumi's mock engine keeps one deployment per process: tests that use it must not run in parallel.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
