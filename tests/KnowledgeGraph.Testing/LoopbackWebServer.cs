using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Testing;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a port the operating system picks, answering every request with one
/// handler: the edge that test fakes (a Neo4j Query API, an LLM endpoint, feeds) stand behind, so the clients under
/// test go through a real HTTP stack.
/// </summary>
public sealed class LoopbackWebServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackWebServer(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the server listens, with a trailing slash (<c>http://127.0.0.1:port/</c>) so relative URIs append.</summary>
    public Uri BaseAddress { get; }

    public static async Task<LoopbackWebServer> StartAsync(RequestDelegate handler, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = WebApplication.CreateSlimBuilder();
        // Test output stays readable: Kestrel's per-request logging is noise there.
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        try
        {
            app.Run(handler);
            await app.StartAsync(ct).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            // Kestrel reports a wildcard bind as [::]; clients need an address they can connect to.
            var connectable = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/";
            return new LoopbackWebServer(app, new Uri(connectable));
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Not the test's token: it may already be cancelled by the time the test disposes; the host's own
        // shutdown timeout still bounds the stop.
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
