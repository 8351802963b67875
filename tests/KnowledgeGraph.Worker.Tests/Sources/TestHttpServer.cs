using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Worker.Tests.Sources;

/// <summary>A real Kestrel server on 127.0.0.1 (port 0) serving feeds and pages, counting what it receives.</summary>
internal sealed class TestHttpServer : IAsyncDisposable
{
    public delegate Task Handler(HttpContext context, int hit);

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Handler> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> hits = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private int inFlight;
    private int maxInFlight;

    private TestHttpServer(WebApplication app) => this.app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public int MaxConcurrentRequests => Volatile.Read(ref maxInFlight);

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public static async Task<TestHttpServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new TestHttpServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    public void Map(string path, Handler handler) => routes[path] = handler;

    public void MapText(string path, string contentType, string body) => Map(path, (context, _) => WriteAsync(context, 200, contentType, body));

    public int Hits(string path) => hits.GetValueOrDefault(path);

    public static async Task WriteAsync(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, Encoding.UTF8, context.RequestAborted);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var hit = hits.AddOrUpdate(path, 1, static (_, count) => count + 1);
        var now = Interlocked.Increment(ref inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
        {
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            if (routes.TryGetValue(path, out var handler))
            {
                await handler(context, hit);
            }
            else
            {
                context.Response.StatusCode = 404;
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (a timeout under test).
        }
        finally
        {
            requests.Enqueue(new RecordedRequest(path, context.Request.Headers.IfNoneMatch.ToString(), context.Request.Headers.IfModifiedSince.ToString(), started, Stopwatch.GetTimestamp()));
            Interlocked.Decrement(ref inFlight);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}

internal sealed record RecordedRequest(string Path, string IfNoneMatch, string IfModifiedSince, long StartedTimestamp, long EndedTimestamp);
