using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// A loopback HTTP endpoint that behaves like a fast Neo4j Query API: it reads and discards each request body and
/// answers the documented success payload (<c>data</c>, <c>counters</c>, <c>bookmarks</c>, and <c>transaction</c> when
/// one is opened). It measures the writer's own cost: planning, serialisation and HTTP, without a database.
/// Built on <see cref="HttpListener"/> so the worker needs no ASP.NET Core runtime.
/// </summary>
public sealed class LocalQueryApiEndpoint : IAsyncDisposable
{
    private static readonly byte[] OpenedAnswer = Encoding.UTF8.GetBytes(
        """{"data":{"fields":[],"values":[]},"counters":{"containsUpdates":true,"nodesCreated":0,"nodesDeleted":0,"propertiesSet":0,"relationshipsCreated":0,"relationshipsDeleted":0,"labelsAdded":0,"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,"constraintsAdded":0,"constraintsRemoved":0,"containsSystemUpdates":false,"systemUpdates":0},"bookmarks":[],"transaction":{"id":"bench","expires":"2099-01-01T00:00:00Z"}}""");

    private static readonly byte[] QueryAnswer = Encoding.UTF8.GetBytes(
        """{"data":{"fields":[],"values":[]},"counters":{"containsUpdates":true,"nodesCreated":0,"nodesDeleted":0,"propertiesSet":0,"relationshipsCreated":0,"relationshipsDeleted":0,"labelsAdded":0,"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,"constraintsAdded":0,"constraintsRemoved":0,"containsSystemUpdates":false,"systemUpdates":0},"bookmarks":["FB:bench"]}""");

    /// <summary>What <c>read/server-version.cypher</c> (<c>dbms.components()</c>) gets: the compose file's Neo4j 5.26.</summary>
    private static readonly byte[] VersionAnswer = Encoding.UTF8.GetBytes(
        """{"data":{"fields":["name","version","edition"],"values":[["Neo4j Kernel","5.26.0","community"]]},"bookmarks":[]}""");

    private static readonly byte[] VersionQuery = Encoding.UTF8.GetBytes("dbms.components()");

    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task serving;
    private long requests;
    private long requestBytes;

    private LocalQueryApiEndpoint(int port)
    {
        Uri = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(Uri.AbsoluteUri);
        listener.Start();
        serving = ServeAsync();
    }

    public Uri Uri { get; }

    public long Requests => Interlocked.Read(ref requests);

    public long RequestBytes => Interlocked.Read(ref requestBytes);

    public static LocalQueryApiEndpoint Start() => new(FreeLoopbackPort());

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await serving;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // The listener was stopped while waiting for a request.
        }

        listener.Close();
        stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        var buffer = new byte[81920];
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            long read = 0;
            int count;
            var askedVersion = false;
            while ((count = await context.Request.InputStream.ReadAsync(buffer, stopping.Token)) > 0)
            {
                askedVersion |= read == 0 && buffer.AsSpan(0, count).IndexOf(VersionQuery) >= 0;
                read += count;
            }

            Interlocked.Increment(ref requests);
            Interlocked.Add(ref requestBytes, read);
            var path = context.Request.Url?.AbsolutePath ?? "";
            var answer = path.EndsWith("/query/v2/tx", StringComparison.Ordinal) ? OpenedAnswer : askedVersion ? VersionAnswer : QueryAnswer;
            context.Response.StatusCode = (int)HttpStatusCode.Accepted;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = answer.Length;
            await context.Response.OutputStream.WriteAsync(answer, stopping.Token);
            context.Response.Close();
        }
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
