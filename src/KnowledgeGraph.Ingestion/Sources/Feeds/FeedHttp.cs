using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Sources.Feeds;

/// <summary>The one named HttpClient (and resilience pipeline) used for feeds and their pages.</summary>
public static class FeedHttp
{
    public const string ClientName = "KnowledgeGraph.Feeds";
    public const string ResiliencePipelineName = "feeds";
}

/// <summary>A response body larger than <see cref="SourcesOptions.MaxResponseBytes"/>; never retried.</summary>
public sealed class ResponseTooLargeException : HttpRequestException
{
    public ResponseTooLargeException()
    {
    }

    public ResponseTooLargeException(string message)
        : base(message)
    {
    }

    public ResponseTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Innermost handler: reads the whole body within the attempt (so attempt timeouts cover slow bodies and a retry
/// re-reads it) and refuses bodies above the cap, so a hostile server cannot make us buffer without bound.
/// </summary>
internal sealed class ResponseSizeLimitHandler(IOptions<SourcesOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var limit = options.Value.MaxResponseBytes;
        try
        {
            if (response.Content.Headers.ContentLength > limit)
            {
                throw TooLarge(request, limit);
            }

            var body = new MemoryStream();
            await using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken))
            {
                var buffer = new byte[16 * 1024];
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    if (body.Length + read > limit)
                    {
                        throw TooLarge(request, limit);
                    }

                    body.Write(buffer, 0, read);
                }
            }

            var buffered = new ByteArrayContent(body.GetBuffer(), 0, (int)body.Length);
            foreach (var header in response.Content.Headers)
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            buffered.Headers.ContentLength = body.Length;
            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static ResponseTooLargeException TooLarge(HttpRequestMessage request, long limit) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{request.RequestUri}: response larger than {limit} bytes"));
}

/// <summary>
/// Per-host politeness shared by every feed: at most one request at a time per host, and at least
/// <see cref="SourcesOptions.PolitenessDelay"/> between the end of one request and the start of the next.
/// </summary>
internal sealed class HostPolitenessGate(TimeProvider timeProvider, IOptions<SourcesOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, HostSlot> slots = new(StringComparer.OrdinalIgnoreCase);

    public async ValueTask<Lease> EnterAsync(string host, CancellationToken cancellationToken)
    {
        var slot = slots.GetOrAdd(host, static _ => new HostSlot());
        await slot.Lock.WaitAsync(cancellationToken);
        try
        {
            var delay = options.Value.PolitenessDelay;
            if (slot.LastReleased is { } last && delay > TimeSpan.Zero)
            {
                var wait = delay - timeProvider.GetElapsedTime(last);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, timeProvider, cancellationToken);
                }
            }
        }
        catch
        {
            slot.Lock.Release();
            throw;
        }

        return new Lease(slot, timeProvider);
    }

    public void Dispose()
    {
        foreach (var slot in slots.Values)
        {
            slot.Lock.Dispose();
        }
    }

    internal sealed class HostSlot
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public long? LastReleased { get; set; }
    }

    internal readonly struct Lease(HostSlot slot, TimeProvider timeProvider) : IDisposable
    {
        public void Dispose()
        {
            slot.LastReleased = timeProvider.GetTimestamp();
            slot.Lock.Release();
        }
    }
}

/// <summary>Outermost handler: one logical request (with its retries) holds the host's slot.</summary>
internal sealed class HostPolitenessHandler(HostPolitenessGate gate) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = request.RequestUri?.Authority ?? "";
        using var lease = await gate.EnterAsync(host, cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
