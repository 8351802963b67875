using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Evaluation.Tests;

/// <summary>
/// CI quality gate: runs the product's extractor over the development gold sets (shared/data/dev, never copied
/// into the repository) and fails listing every figure below its value in quality-thresholds.json.
/// </summary>
public sealed class QualityGateTests
{
    private const string SharedDirVariable = "KG_SHARED_DIR";

    [Fact]
    public async Task Extractor_DevGoldSets_MeetsQualityThresholds()
    {
        var devDirectory = LocateDevSets(out var whyNot);
        if (devDirectory is null)
        {
            Assert.Skip(whyNot);
        }

        var (extractor, resolver) = CreateProductExtractor();
        var goldPaths = Directory.GetFiles(devDirectory, "*.jsonl").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(goldPaths);
        var thresholds = QualityGate.Load(Path.Combine(AppContext.BaseDirectory, "Evaluation", "quality-thresholds.json"));

        var report = await new EvaluationRunner(extractor, resolver)
            .RunAsync(goldPaths, TestContext.Current.CancellationToken);

        var text = report.ToText(details: false);
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        TestContext.Current.SendDiagnosticMessage(text);
        await File.WriteAllTextAsync(
            Path.Combine(AppContext.BaseDirectory, "quality-gate-report.txt"),
            report.ToText(details: true),
            TestContext.Current.CancellationToken);

        Assert.Empty(report.Errors);
        var failures = QualityGate.Failures(report, thresholds);
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} figure(s) below their quality threshold:\n  {string.Join("\n  ", failures)}\n\n{text}");
    }

    /// <summary>The product's extractor and the resolver built on the same gazetteers, as AddKnowledgeGraphCore wires them.</summary>
    private static (IArticleExtractor Extractor, IEntityNameResolver Resolver) CreateProductExtractor() =>
        (new RuleBasedExtractor(), new GazetteerEntityResolver());

    /// <summary>
    /// shared/data/dev from KG_SHARED_DIR when set, else beside the repository root (the folder holding
    /// KnowledgeGraph.sln, found walking up from the test binaries); null with the reason otherwise.
    /// </summary>
    internal static string? LocateDevSets(out string reason)
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(SharedDirVariable) is { Length: > 0 } shared)
        {
            candidates.Add(Path.Combine(shared, "data", "dev"));
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
            {
                if (directory.Parent is { } parent)
                {
                    candidates.Add(Path.Combine(parent.FullName, "shared", "data", "dev"));
                }

                break;
            }
        }

        foreach (var candidate in candidates)
        {
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.jsonl").Any())
            {
                reason = "";
                return candidate;
            }
        }

        reason = candidates.Count == 0
            ? $"Gold sets not found: set {SharedDirVariable} to the shared folder (holding data/dev/*.jsonl)."
            : $"Gold sets not found in {string.Join(" or ", candidates)}; set {SharedDirVariable} to the shared folder (holding data/dev/*.jsonl).";
        return null;
    }
}
