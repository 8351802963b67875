using System.Text.RegularExpressions;
using KnowledgeGraph.Neo4j.Templates;
using KnowledgeGraph.Neo4j.Tests.Support;

namespace KnowledgeGraph.Neo4j.Tests.Templates;

/// <summary>
/// Static check that every property lookup in the writer's templates and the analyst queries has an index in
/// schema.cypher: a pattern with a property map (<c>(n:Label {key: …})</c>, <c>[r:TYPE {article: …}]</c>) and a
/// <c>MATCH (n:Label) WHERE n.prop = …</c> need an index or uniqueness constraint on that label (or type) and property,
/// for every label of a disjunction. (The integration tests EXPLAIN every template on a real server.)
/// </summary>
public sealed partial class CypherIndexCoverageTests
{
    [Fact]
    public void Lookups_TemplatesAndQueries_EachPropertyLookupHasAnIndex()
    {
        var catalog = CypherTemplateCatalog.Load(TestPaths.Templates);
        var indexed = IndexedProperties(catalog);
        var statements = catalog.All
            .Where(t => !t.Name.StartsWith(CypherTemplateCatalog.SchemaFile, StringComparison.Ordinal))
            .Select(t => (t.Name, t.Text))
            .Concat(Directory.EnumerateFiles(Path.Combine(TestPaths.Templates, "queries"), "*.cypher")
                .Select(f => ("queries/" + Path.GetFileName(f), File.ReadAllText(f))));

        var lookups = statements.SelectMany(s => Lookups(CypherTemplateCatalog.StripCommentsAndStrings(s.Item2)).Select(l => (File: s.Item1, l.Name, l.Property))).ToArray();

        Assert.Contains(lookups, l => l.Property == "nameKey");
        Assert.Contains(lookups, l => l.Property == "article");
        Assert.All(lookups, l => Assert.True(indexed.Contains((l.Name, l.Property)), $"{l.File} looks up {l.Name}.{l.Property}, which no index in schema.cypher serves"));
    }

    [Fact]
    public void Lookups_UnindexedLookup_IsReported()
    {
        var lookups = Lookups("MATCH (n:Person|Country) WHERE n.name = $name RETURN n").ToArray();

        Assert.Equal([("Person", "name"), ("Country", "name")], lookups);
    }

    private static HashSet<(string Name, string Property)> IndexedProperties(CypherTemplateCatalog catalog)
    {
        var indexed = new HashSet<(string, string)>();
        foreach (var statement in catalog.Schema.Select(s => s.Text))
        {
            if (statement.Contains("FULLTEXT", StringComparison.Ordinal))
            {
                continue; // queried only through db.index.fulltext.queryNodes, never by a pattern
            }

            var node = NodeIndex().Match(statement);
            var relationship = RelationshipIndex().Match(statement);
            var target = node.Success ? node : relationship;
            Assert.True(target.Success, $"schema statement not understood by this check: {statement}");
            foreach (var name in target.Groups["names"].Value.Split('|'))
            {
                indexed.Add((name.Trim(), target.Groups["property"].Value));
            }
        }

        return indexed;
    }

    internal static IEnumerable<(string Name, string Property)> Lookups(string code)
    {
        foreach (Match match in PatternMap().Matches(code))
        {
            foreach (var name in match.Groups["names"].Value.Split('|'))
            {
                yield return (name.Trim(), match.Groups["property"].Value);
            }
        }

        foreach (Match match in MatchWhere().Matches(code))
        {
            if (match.Groups["variable"].Value == match.Groups["filtered"].Value)
            {
                foreach (var name in match.Groups["names"].Value.Split('|'))
                {
                    yield return (name.Trim(), match.Groups["property"].Value);
                }
            }
        }
    }

    [GeneratedRegex(@"FOR \(n:(?<names>[A-Za-z|]+)\) (?:ON \(n\.|REQUIRE n\.)(?<property>[A-Za-z]+)")]
    private static partial Regex NodeIndex();

    [GeneratedRegex(@"FOR \(\)-\[r:(?<names>[A-Z_|]+)\]-\(\) ON \(r\.(?<property>[A-Za-z]+)\)")]
    private static partial Regex RelationshipIndex();

    [GeneratedRegex(@"[(\[]\s*[A-Za-z_]*\s*:\s*(?<names>[A-Za-z_]+(?:\s*\|\s*[A-Za-z_]+)*)\s*\{\s*(?<property>[A-Za-z_]+)\s*:")]
    private static partial Regex PatternMap();

    [GeneratedRegex(@"MATCH\s*\(\s*(?<variable>[A-Za-z_]+)\s*:\s*(?<names>[A-Za-z_]+(?:\s*\|\s*[A-Za-z_]+)*)\s*\)\s*WHERE\s+(?<filtered>[A-Za-z_]+)\.(?<property>[A-Za-z_]+)\s*=")]
    private static partial Regex MatchWhere();
}
