using System.Globalization;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Ingestion.Pipeline;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>Plain-text reports of the CLI verbs (stable wording: scripts and tests read them).</summary>
internal static class SummaryWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task WriteIngestAsync(TextWriter output, IngestionProgress progress, string sink, TimeSpan elapsed, bool cancelled)
    {
        var settled = progress.Settled;
        var rate = elapsed.TotalSeconds > 0 ? settled / elapsed.TotalSeconds : 0;
        await output.WriteLineAsync(cancelled
            ? $"Ingestion cancelled: unfinished inputs will be redone on the next run. Sink: {sink}"
            : $"Ingested into {sink}");
        await output.WriteLineAsync(string.Create(Invariant, $"  articles read:        {progress.Read}"));
        await output.WriteLineAsync(string.Create(Invariant, $"  skipped (unchanged):  {progress.Skipped}"));
        await output.WriteLineAsync(string.Create(Invariant, $"  written:              {progress.Written}"));
        await output.WriteLineAsync(string.Create(Invariant, $"  failed:               {progress.Failed}"));
        await output.WriteLineAsync(string.Create(Invariant, $"  elapsed:              {elapsed.TotalSeconds:F1} s ({rate:F0} articles/s)"));

        var entities = progress.EntitiesByLabel;
        await output.WriteLineAsync("Entities written (distinct):");
        foreach (var label in GraphVocabulary.EntityLabels)
        {
            await output.WriteLineAsync(string.Create(Invariant, $"  {label.ToGraphLabel(),-14}{entities.GetValueOrDefault(label)}"));
        }

        var relationships = progress.RelationshipsByType;
        await output.WriteLineAsync("Relationships written (one per stating sentence):");
        foreach (var type in GraphVocabulary.RelationshipTypes)
        {
            await output.WriteLineAsync(string.Create(Invariant, $"  {type.ToGraphType(),-14}{relationships.GetValueOrDefault(type)}"));
        }

        var failures = progress.Failures;
        if (failures.Count > 0)
        {
            await output.WriteLineAsync("Failures:");
            foreach (var failure in failures)
            {
                await output.WriteLineAsync($"  {failure.Origin}: {failure.Reason}");
            }

            if (progress.Failed > failures.Count)
            {
                await output.WriteLineAsync(string.Create(Invariant, $"  … and {progress.Failed - failures.Count} more (see 'status')"));
            }
        }
    }

    public static async Task WriteStatusAsync(TextWriter output, string store, IngestionStatus status)
    {
        await output.WriteLineAsync($"Store: {store}");
        await output.WriteLineAsync(string.Create(Invariant, $"Articles ingested: {status.ArticlesIngested}{(status.LastIngestedAt is { } last ? $" (last at {last:u})" : "")}"));
        await output.WriteLineAsync(string.Create(Invariant, $"Failed inputs: {status.Failures}"));
        await output.WriteLineAsync(string.Create(Invariant, $"Stale articles: {status.StaleArticles}{(status.StaleArticles > 0 ? " (extracted by an older extractor version; ingest them again to refresh)" : "")}"));
        await output.WriteLineAsync("Nodes by label:");
        foreach (var (label, count) in status.NodesByLabel.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            await output.WriteLineAsync(string.Create(Invariant, $"  {label,-14}{count}"));
        }

        await output.WriteLineAsync("Relationships by type:");
        foreach (var (type, count) in status.RelationshipsByType.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            await output.WriteLineAsync(string.Create(Invariant, $"  {type,-14}{count}"));
        }

        await output.WriteLineAsync("Recent articles:");
        if (status.RecentArticles.Count == 0)
        {
            await output.WriteLineAsync("  (none)");
        }

        foreach (var article in status.RecentArticles)
        {
            await output.WriteLineAsync(string.Create(Invariant, $"  {article.At:u}  {article.ArticleId}  from {article.Origin}  ({article.Entities} entities, {article.Relationships} relationships)"));
        }

        await output.WriteLineAsync("Recent failures:");
        if (status.RecentFailures.Count == 0)
        {
            await output.WriteLineAsync("  (none)");
        }

        foreach (var failure in status.RecentFailures)
        {
            await output.WriteLineAsync(string.Create(Invariant, $"  {failure.At:u}  {failure.Origin}: {failure.Reason}"));
        }
    }
}
