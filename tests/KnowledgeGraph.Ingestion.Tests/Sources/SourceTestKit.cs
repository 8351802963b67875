using System.Threading.Channels;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Ingestion.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Ingestion.Tests.Sources;

/// <summary>What the pipeline saw of one document.</summary>
internal sealed record ProcessedDocument(SourceDocument Document, IReadOnlyList<ArticleReadResult> Results)
{
    public IReadOnlyList<Domain.Model.Article> Articles => [.. Results.OfType<ArticleReadResult.Success>().Select(success => success.Article)];

    public IReadOnlyList<ArticleReadResult.Failure> Failures => [.. Results.OfType<ArticleReadResult.Failure>()];

    /// <summary>Acknowledges as the pipeline does after committing: every success counts as written.</summary>
    public ValueTask CompleteAsync() => Document.CompleteAsync(new DocumentOutcome(Articles.Count, 0, Failures), CancellationToken.None);
}

/// <summary>
/// Runs a source in the background like the pipeline does and hands its documents to the test, with bounded waits
/// that fail with a clear message. With a FakeTimeProvider the clock is advanced while waiting.
/// </summary>
internal sealed class SourceRunner : IAsyncDisposable
{
    private static readonly TimeSpan RealWaitLimit = TimeSpan.FromSeconds(15);

    private readonly Channel<SourceDocument> documents = Channel.CreateUnbounded<SourceDocument>();
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public SourceRunner(IArticleSource source)
    {
        Source = source;
        loop = Task.Run(async () =>
        {
            try
            {
                await foreach (var document in source.ReadAsync(stop.Token))
                {
                    await documents.Writer.WriteAsync(document);
                }

                documents.Writer.TryComplete();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                documents.Writer.TryComplete();
            }
            catch (Exception exception)
            {
                documents.Writer.TryComplete(exception);
            }
        });
    }

    public IArticleSource Source { get; }

    public async Task<SourceDocument> NextAsync(string waitingFor, FakeTimeProvider? time = null, TimeSpan? step = null)
    {
        var deadline = DateTime.UtcNow + RealWaitLimit;
        while (DateTime.UtcNow < deadline)
        {
            using var slice = new CancellationTokenSource(TimeSpan.FromMilliseconds(time is null ? 200 : 40));
            try
            {
                if (await documents.Reader.WaitToReadAsync(slice.Token) && documents.Reader.TryRead(out var document))
                {
                    return document;
                }

                if (documents.Reader.Completion.IsCompleted)
                {
                    await documents.Reader.Completion;
                    Assert.Fail($"The {Source.Name} source ended while waiting for {waitingFor}.");
                }
            }
            catch (OperationCanceledException) when (slice.IsCancellationRequested)
            {
                if (time is not null)
                {
                    time.Advance(step ?? TimeSpan.FromSeconds(1));
                }
            }
        }

        Assert.Fail($"No document from the {Source.Name} source within {RealWaitLimit.TotalSeconds}s while waiting for {waitingFor}.");
        return null!;
    }

    public async Task<ProcessedDocument> NextProcessedAsync(string waitingFor, FakeTimeProvider? time = null, TimeSpan? step = null)
    {
        var document = await NextAsync(waitingFor, time, step);
        return await ProcessAsync(document);
    }

    /// <summary>True if a document arrives within the given real time (used to show that none does).</summary>
    public async Task<bool> AnyWithinAsync(TimeSpan realTime)
    {
        using var window = new CancellationTokenSource(realTime);
        try
        {
            return await documents.Reader.WaitToReadAsync(window.Token);
        }
        catch (OperationCanceledException) when (window.IsCancellationRequested)
        {
            return false;
        }
    }

    public static async Task<ProcessedDocument> ProcessAsync(SourceDocument document)
    {
        var results = new List<ArticleReadResult>();
        await foreach (var result in document.Articles.WithCancellation(TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        return new ProcessedDocument(document, results);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));
        stop.Dispose();
    }
}

internal static class SourceServices
{
    /// <summary>Composes sources exactly as the worker does: AddArticleSources over in-memory configuration.</summary>
    public static ServiceProvider Build(IDictionary<string, string?> settings, TimeProvider? time = null, IArticleReader? reader = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddFakeLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSingleton(reader ?? TestArticleReader.Create());
        services.AddArticleSources(configuration.GetSection("Sources"));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static FakeLogCollector Logs(this IServiceProvider provider) => provider.GetFakeLogCollector();
}
