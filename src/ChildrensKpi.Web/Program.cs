using ChildrensKpi.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
// One page, no routes: the page is opened from any folder of any static host, so it must not depend on its URL.
builder.RootComponents.Add<KpiPage>("#app");
await builder.Build().RunAsync().ConfigureAwait(true);
