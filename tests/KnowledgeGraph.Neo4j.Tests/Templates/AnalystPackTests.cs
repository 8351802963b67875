using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Neo4j.Templates;
using KnowledgeGraph.Neo4j.Tests.Support;

namespace KnowledgeGraph.Neo4j.Tests.Templates;

/// <summary>The analyst pack (cypher/queries) and the Browser style (cypher/style.grass).</summary>
public sealed partial class AnalystPackTests
{
    public static TheoryData<string> Queries() => new(QueryFiles());

    private static string[] QueryFiles() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.Templates, "queries"), "*.cypher").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Queries_Pack_AnswersTheProductQuestions()
    {
        var names = QueryFiles();

        Assert.Superset(
            new HashSet<string> { "who-attacked-whom.cypher", "meetings-between-countries.cypher", "sanctions-network.cypher", "entity-timeline.cypher", "articles-behind-edge.cypher", "most-connected-actors.cypher", "attacks-on-places-in-country.cypher" },
            names.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Query_Header_SaysWhatItAnswersAndDeclaresEveryParameterItUses(string file)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Templates, "queries", file));
        var header = string.Join('\n', text.Split('\n').TakeWhile(line => line.StartsWith("//", StringComparison.Ordinal)));
        var statement = Assert.Single(CypherScript.Split(text));
        var used = Parameter().Matches(CypherTemplateCatalog.StripCommentsAndStrings(statement)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.True(header.Length > 80, $"{file} needs a comment saying what it answers");
        Assert.Contains("Parameters:", header, StringComparison.Ordinal);
        Assert.All(used, p => Assert.Contains(":param " + p + " =>", header, StringComparison.Ordinal));
    }

    [Fact]
    public void Style_EveryLabelAndType_HasColourAndCaption()
    {
        var grass = File.ReadAllText(Path.Combine(TestPaths.Templates, "style.grass"));
        var labels = GraphVocabulary.EntityLabels.Select(l => l.ToGraphLabel()).Append(GraphVocabulary.ArticleLabel);
        var types = GraphVocabulary.RelationshipTypes.Select(t => t.ToGraphType()).Append(GraphVocabulary.MentionsType).Append(GraphVocabulary.LocatedInType);

        foreach (var selector in labels.Select(l => "node." + l).Concat(types.Select(t => "relationship." + t)))
        {
            var block = Regex.Match(grass, Regex.Escape(selector) + @"\s*\{(?<body>[^}]*)\}");
            Assert.True(block.Success, $"style.grass has no {selector} block");
            Assert.Matches(@"\bcolor:\s*#[0-9A-Fa-f]{6};", block.Groups["body"].Value);
            Assert.Contains("caption:", block.Groups["body"].Value, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();
}
