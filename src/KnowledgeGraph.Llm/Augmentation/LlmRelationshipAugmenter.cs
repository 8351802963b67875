using System.ClientModel;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Domain.Model;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KnowledgeGraph.Llm.Augmentation;

/// <summary>
/// Adds relationships a language model finds across sentences to the rule graph: one request per article
/// (temperature 0, a JSON schema response format), then every proposal goes through
/// <see cref="RelationshipValidator"/>; only what passes is added. Every rule fact is kept. Any failure — endpoint
/// unreachable, timeout, an error status, an answer that is not the expected JSON — leaves the rule graph as it was,
/// logged and counted on <see cref="LlmMetrics"/>; only cancellation of the caller's token is thrown.
/// </summary>
public sealed partial class LlmRelationshipAugmenter : IGraphAugmenter
{
    private readonly IChatClient chatClient;
    private readonly LlmOptions settings;
    private readonly RelationshipValidator validator;
    private readonly LlmMetrics metrics;
    private readonly TimeProvider time;
    private readonly ILogger<LlmRelationshipAugmenter> logger;
    private readonly ChatOptions chatOptions;

    public LlmRelationshipAugmenter(
        [FromKeyedServices(LlmServiceCollectionExtensions.ChatClientKey)] IChatClient chatClient,
        IOptions<LlmOptions> options,
        IEntityNameResolver resolver,
        LlmMetrics metrics,
        TimeProvider time,
        ILogger<LlmRelationshipAugmenter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.chatClient = chatClient;
        settings = options.Value;
        validator = new RelationshipValidator(resolver);
        this.metrics = metrics;
        this.time = time;
        this.logger = logger;
        chatOptions = new ChatOptions
        {
            Temperature = 0,
            ResponseFormat = ChatResponseFormat.ForJsonSchema(PromptBuilder.AnswerSchema, "relationships", "Event relationships between named entities of the article, with evidence and status."),
        };
    }

    public async ValueTask<ArticleGraph> AugmentAsync(ArticleGraph graph, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var article = graph.Article;
        var sentences = ArticleSentences.Split(article);
        var messages = PromptBuilder.Build(graph, sentences, settings.MaxArticleCharacters, out var truncated);
        if (truncated)
        {
            Log.ArticleTruncated(logger, article.Id, article.Text.Length, settings.MaxArticleCharacters);
        }

        metrics.Requests.Add(1);
        var started = time.GetTimestamp();
        string? answer;
        try
        {
            // A fresh options object per call: some clients fill in defaults on the instance they are given.
            var response = await chatClient.GetResponseAsync(messages, chatOptions.Clone(), cancellationToken).ConfigureAwait(false);
            answer = response.Text;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever the endpoint or its client does, the article keeps its rule graph.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var reason = Classify(ex);
            metrics.Failures.Add(1, new KeyValuePair<string, object?>("reason", reason));
            Log.RequestFailed(logger, article.Id, reason, ex.GetType().Name, Redact(ex.Message));
            return graph;
        }
        finally
        {
            metrics.Duration.Record(time.GetElapsedTime(started).TotalMilliseconds);
        }

        var proposals = ModelAnswer.TryParse(answer, out var error);
        if (proposals is null)
        {
            metrics.Failures.Add(1, new KeyValuePair<string, object?>("reason", "malformed-answer"));
            Log.AnswerMalformed(logger, article.Id, error);
            return graph;
        }

        var result = validator.Validate(graph, sentences, proposals, settings.MaxRelationshipsPerArticle);
        foreach (var rejection in result.Rejections)
        {
            metrics.Rejected.Add(1, new KeyValuePair<string, object?>("reason", rejection.Reason.ToString()));
            Log.ProposalRejected(logger, article.Id, rejection.Item, rejection.Reason, rejection.Detail);
        }

        metrics.Accepted.Add(result.Accepted.Count);
        Log.Augmented(logger, article.Id, proposals.Count, result.Accepted.Count, result.Rejections.Count);
        return result.Accepted.Count == 0 ? graph : Merge(graph, result);
    }

    /// <summary>The rule graph plus the accepted facts, sorted the way the extractor sorts, so output stays deterministic.</summary>
    private static ArticleGraph Merge(ArticleGraph graph, ValidationResult result)
    {
        var entities = graph.Entities.Concat(result.NewEntities).OrderBy(e => e.Entity.Id, StringComparer.Ordinal).ToArray();
        var relationships = graph.Relationships.Concat(result.Accepted)
            .OrderBy(r => r.SentenceIndex)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.StartId, StringComparer.Ordinal)
            .ThenBy(r => r.EndId, StringComparer.Ordinal)
            .ToArray();
        return graph with { Entities = entities, Relationships = relationships };
    }

    /// <summary>The failure's kind for the metric tag; the client may wrap the resilience pipeline's exceptions.</summary>
    private static string Classify(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case TimeoutRejectedException or TimeoutException or TaskCanceledException:
                    return "timeout";
                case BrokenCircuitException:
                    return "circuit-open";
                case ClientResultException { Status: > 0 }:
                    return "http-status";
            }
        }

        return exception is HttpRequestException or ClientResultException ? "unreachable" : "error";
    }

    /// <summary>Error messages can echo request details; the key never leaves the process through a log line.</summary>
    private string Redact(string message) =>
        string.IsNullOrEmpty(settings.ApiKey) ? message : message.Replace(settings.ApiKey, "***", StringComparison.Ordinal);

    private static partial class Log
    {
        [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Model request for article '{ArticleId}' failed ({Reason}, {ExceptionType}); the article keeps its rule graph: {Error}")]
        public static partial void RequestFailed(ILogger logger, string articleId, string reason, string exceptionType, string error);

        [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Model answer for article '{ArticleId}' is unusable ({Error}); nothing added")]
        public static partial void AnswerMalformed(ILogger logger, string articleId, string error);

        [LoggerMessage(EventId = 5103, Level = LogLevel.Debug, Message = "Article '{ArticleId}': proposal {Item} dropped ({Reason}): {Detail}")]
        public static partial void ProposalRejected(ILogger logger, string articleId, int item, RejectionReason reason, string detail);

        [LoggerMessage(EventId = 5104, Level = LogLevel.Debug, Message = "Article '{ArticleId}': the model proposed {Proposed} relationship(s), {Accepted} added, {Rejected} dropped")]
        public static partial void Augmented(ILogger logger, string articleId, int proposed, int accepted, int rejected);

        [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "Article '{ArticleId}' ({Length} characters) is sent cut at a sentence boundary before {Max} characters (Llm:MaxArticleCharacters)")]
        public static partial void ArticleTruncated(ILogger logger, string articleId, int length, int max);
    }
}
