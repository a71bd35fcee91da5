using Pulumi;
using ServeInfra.Infra;

return await Deployment.RunAsync<ServeStack>();
