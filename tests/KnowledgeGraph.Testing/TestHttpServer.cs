using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Testing;

/// <summary>A real Kestrel server on 127.0.0.1 (port 0) serving feeds and pages, counting what it receives.</summary>
public sealed class TestHttpServer : IAsyncDisposable
{
    public delegate Task Handler(HttpContext context, int hit);

    private readonly ConcurrentDictionary<string, Handler> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> hits = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private int inFlight;
    private int maxInFlight;
    private LoopbackWebServer web = null!;

    private TestHttpServer()
    {
    }

    public Uri BaseAddress => web.BaseAddress;

    public int MaxConcurrentRequests => Volatile.Read(ref maxInFlight);

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public static async Task<TestHttpServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = new TestHttpServer();
        server.web = await LoopbackWebServer.StartAsync(server.HandleAsync, cancellationToken);
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

    public ValueTask DisposeAsync() => web.DisposeAsync();
}

public sealed record RecordedRequest(string Path, string IfNoneMatch, string IfModifiedSince, long StartedTimestamp, long EndedTimestamp);
