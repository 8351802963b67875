using System.Globalization;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Ingestion.Pipeline;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>Plain-text reports of the CLI verbs (stable wording: scripts and tests read them).</summary>
internal static class SummaryWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task WriteIngestAsync(TextWriter output, IngestionProgress progress, InputCounts inputs, string sink, TimeSpan elapsed, bool cancelled)
    {
        var settled = progress.Settled;
        var rate = elapsed.TotalSeconds > 0 ? settled / elapsed.TotalSeconds : 0;
        await output.WriteLineAsync(cancelled
            ? $"Ingestion cancelled: unfinished inputs will be redone on the next run. Sink: {sink}"
            : $"Ingested into {sink}");
        await output.WriteLineAsync($"  inputs:               {inputs.Inventory.Describe()}");
        await output.WriteLineAsync(string.Create(Invariant, $"  articles read:        {inputs.ArticlesRead}"));
        await output.WriteLineAsync(string.Create(Invariant, $"  skipped (unchanged):  {progress.Skipped}"));
        await output.WriteLineAsync(string.Create(Invariant, $"  written:              {progress.Written}"));
        await output.WriteLineAsync(string.Create(Invariant,
            $"  failed:               {progress.Failed}{(inputs.Unreadable > 0 ? $" ({inputs.Unreadable} input(s) could not be read, see below)" : "")}"));
        await output.WriteLineAsync(string.Create(Invariant, $"  elapsed:              {elapsed.TotalSeconds:F1} s ({rate:F0} articles/s)"));

        var entities = progress.EntitiesByLabel;
        await output.WriteLineAsync("Entities written (distinct):");
        foreach (var label in GraphVocabulary.EntityLabels)
        {
            await output.WriteLineAsync(string.Create(Invariant, $"  {label.ToGraphLabel(),-14}{entities.GetValueOrDefault(label)}"));
        }

        // A statement is one sentence stating an event; the graph keeps one edge per (type, start, end) gathering every
        // statement of it, and 'status' counts facts: both are shown, labelled, so the two reports never disagree silently.
        var statements = progress.RelationshipsByType;
        var facts = progress.FactsByType;
        await output.WriteLineAsync("Relationships written (statements: one per stating sentence; facts: one per article, type, start and end, as 'status' counts them):");
        foreach (var type in GraphVocabulary.RelationshipTypes)
        {
            await output.WriteLineAsync(string.Create(Invariant, $"  {type.ToGraphType(),-14}{statements.GetValueOrDefault(type)} statements, {facts.GetValueOrDefault(type)} facts"));
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

        // Edges: one per (type, start, end), however many sentences state it ('ingest' also shows the statements).
        await output.WriteLineAsync("Relationships by type (facts: one per article, type, start and end; the analyst queries draw one edge per pair):");
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

/// <summary>What the inputs of one <c>ingest</c> held and gave: found before reading, counted while reading.</summary>
internal sealed class InputCounts(InputInventory inventory)
{
    private long articlesRead;
    private long unreadable;

    public InputInventory Inventory { get; } = inventory;

    /// <summary>Articles read successfully (an unreadable input is not an article).</summary>
    public long ArticlesRead => Interlocked.Read(ref articlesRead);

    /// <summary>Inputs (files, folders, JSON Lines records) that could not be read: missing, empty, malformed…</summary>
    public long Unreadable => Interlocked.Read(ref unreadable);

    public void Count(ArticleReadResult result)
    {
        if (result is ArticleReadResult.Success)
        {
            Interlocked.Increment(ref articlesRead);
        }
        else
        {
            Interlocked.Increment(ref unreadable);
        }
    }
}
