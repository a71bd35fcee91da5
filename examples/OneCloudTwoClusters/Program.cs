using Pulumi;
using ServeInfra.Examples;

return await Deployment.RunAsync(() => OneCloudTwoClusters.Create().Outputs());
