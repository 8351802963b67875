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

    /// <summary>
    /// One threshold file per (relation recogniser, gold folder): the default patterns on shared/data/dev, and the
    /// event frames on shared/data/dev and shared/data/annotated, so neither recogniser can regress unnoticed.
    /// </summary>
    [Theory]
    [InlineData("quality-thresholds.json")]
    [InlineData("quality-thresholds.frames-dev.json")]
    [InlineData("quality-thresholds.frames-annotated.json")]
    [InlineData("quality-thresholds.frames-challenge.json")]
    [InlineData("quality-thresholds.frames-articles.json")]
    [InlineData("quality-thresholds.frames-releases.json")]
    [InlineData("quality-thresholds.frames-roundups.json")]
    [InlineData("quality-thresholds.frames-blind.json")]
    public async Task Extractor_GoldSets_MeetsQualityThresholds(string thresholdFile)
    {
        var file = QualityGate.LoadFile(Path.Combine(AppContext.BaseDirectory, "Evaluation", thresholdFile));
        string? goldDirectory;
        if (file.GoldSets == "challenge")
        {
            // The challenge set lives in the repository, so this gate never skips.
            goldDirectory = Path.Combine(Path.GetTempPath(), "kg-challenge-" + Guid.NewGuid().ToString("N"));
            ChallengeSet.WriteGoldFiles(ChallengeSet.SourceDirectory, goldDirectory);
        }
        else if (file.GoldSets is "challenge-articles" or "challenge-releases" or "challenge-roundups" or "challenge-blind")
        {
            // Whole articles of our own in the gold format, copied beside the test binaries.
            goldDirectory = Path.Combine(AppContext.BaseDirectory, file.GoldSets switch
            {
                "challenge-articles" => "ChallengeArticles",
                "challenge-releases" => "ChallengeReleases",
                "challenge-blind" => "ChallengeBlind",
                _ => "ChallengeRoundups",
            });
        }
        else
        {
            goldDirectory = LocateGoldSets(file.GoldSets ?? "dev", out var whyNot);
            if (goldDirectory is null)
            {
                Assert.Skip(whyNot);
            }
        }

        var engine = file.Engine is null ? RelationEngine.Patterns : Enum.Parse<RelationEngine>(file.Engine);
        var (extractor, resolver) = CreateProductExtractor(engine);
        var goldPaths = Directory.GetFiles(goldDirectory, "*.jsonl").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(goldPaths);
        var thresholds = file.Thresholds;

        EvaluationReport report;
        try
        {
            report = await new EvaluationRunner(extractor, resolver).RunAsync(goldPaths, TestContext.Current.CancellationToken);
        }
        finally
        {
            if (file.GoldSets == "challenge")
            {
                Directory.Delete(goldDirectory, recursive: true);
            }
        }

        var text = report.ToText(details: false);
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        TestContext.Current.SendDiagnosticMessage(text);
        await File.WriteAllTextAsync(
            Path.Combine(AppContext.BaseDirectory, Path.ChangeExtension(thresholdFile, ".report.txt")),
            report.ToText(details: true),
            TestContext.Current.CancellationToken);

        Assert.Empty(report.Errors);
        var failures = QualityGate.Failures(report, thresholds);
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} figure(s) below their quality threshold:\n  {string.Join("\n  ", failures)}\n\n{text}");
    }

    /// <summary>The product's extractor and the resolver built on the same gazetteers, as AddKnowledgeGraphCore wires them.</summary>
    private static (IArticleExtractor Extractor, IEntityNameResolver Resolver) CreateProductExtractor(RelationEngine engine) =>
        (new RuleBasedExtractor(engine), new GazetteerEntityResolver());

    /// <summary>
    /// shared/data/FOLDER (dev or annotated) from KG_SHARED_DIR when set, else beside the repository root (the folder holding
    /// KnowledgeGraph.sln, found walking up from the test binaries); null with the reason otherwise.
    /// </summary>
    internal static string? LocateGoldSets(string folder, out string reason)
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(SharedDirVariable) is { Length: > 0 } shared)
        {
            candidates.Add(Path.Combine(shared, "data", folder));
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
            {
                if (directory.Parent is { } parent)
                {
                    candidates.Add(Path.Combine(parent.FullName, "shared", "data", folder));
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
            ? $"Gold sets not found: set {SharedDirVariable} to the shared folder (holding data/{folder}/*.jsonl)."
            : $"Gold sets not found in {string.Join(" or ", candidates)}; set {SharedDirVariable} to the shared folder (holding data/{folder}/*.jsonl).";
        return null;
    }
}
