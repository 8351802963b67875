using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Neo4j.Templates;
using KnowledgeGraph.Neo4j.Tests.Support;

namespace KnowledgeGraph.Neo4j.Tests.Templates;

public sealed class CypherTemplateCatalogTests
{
    [Fact]
    public void Load_RepositoryTemplates_EveryLabelAndTypeHasItsTemplate()
    {
        var catalog = CypherTemplateCatalog.Load(TestPaths.Templates);

        foreach (var label in GraphVocabulary.EntityLabels)
        {
            Assert.Equal($"write/nodes/{label.ToGraphLabel()}.cypher", catalog.EntityNodes(label).Name);
            Assert.Contains($"MERGE (entity:{label.ToGraphLabel()} {{key: row.key}})", catalog.EntityNodes(label).Text, StringComparison.Ordinal);
        }

        foreach (var type in GraphVocabulary.RelationshipTypes)
        {
            Assert.Equal($"write/relationships/{type.ToGraphType()}.cypher", catalog.Relationships(type).Name);
            Assert.Contains($"MERGE (origin)-[edge:{type.ToGraphType()}]->(target)", catalog.Relationships(type).Text, StringComparison.Ordinal);
        }

        Assert.Contains("MERGE (article:Article {key: row.key})", catalog.ArticleNodes.Text, StringComparison.Ordinal);
        Assert.Contains("MERGE (article)-[mention:MENTIONS]->(entity)", catalog.Mentions.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleTemplate_SetProperties_AreTheEmbeddedStoresArticleProperties()
    {
        // The embedded store's export gives an Article these properties (name: the title, or the id when untitled);
        // Neo4j must hold the same ones, so captions, queries and exports agree whichever store wrote the graph.
        string[] embeddedArticleProperties =
        [
            GraphProperties.Key, GraphProperties.SourceId, GraphProperties.Name, GraphProperties.Title, GraphProperties.Date,
            GraphProperties.Url, GraphProperties.Source, GraphProperties.ContentHash,
        ];
        var catalog = CypherTemplateCatalog.Load(TestPaths.Templates);
        var code = CypherTemplateCatalog.StripCommentsAndStrings(catalog.ArticleNodes.Text);

        var written = Regex.Matches(code, @"\barticle\.([A-Za-z_]+)\s*=").Select(m => m.Groups[1].Value)
            .Concat(Regex.Matches(code, @"\{([A-Za-z_]+):\s*row\.").Select(m => m.Groups[1].Value));

        Assert.Equal(embeddedArticleProperties.Order(StringComparer.Ordinal).ToArray(), written.Distinct().Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("article.name = row.name", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RepositorySchema_UniqueKeyConstraintForEveryLabelAndIdempotentStatements()
    {
        var catalog = CypherTemplateCatalog.Load(TestPaths.Templates);

        foreach (var label in GraphVocabulary.EntityLabels.Select(l => l.ToGraphLabel()).Append(GraphVocabulary.ArticleLabel))
        {
            Assert.Contains(catalog.Schema, s => s.Text.Contains($"FOR (n:{label}) REQUIRE n.{GraphProperties.Key} IS UNIQUE", StringComparison.Ordinal));
        }

        Assert.All(catalog.Schema, s => Assert.Contains("IF NOT EXISTS", s.Text, StringComparison.Ordinal));
        Assert.Contains(catalog.Schema, s => s.Text.Contains("CREATE FULLTEXT INDEX entity_names", StringComparison.Ordinal) && s.Text.Contains("n.aliases", StringComparison.Ordinal));
        Assert.Contains(catalog.Schema, s => s.Text.Contains("(n:Article) ON (n.sourceId)", StringComparison.Ordinal));
        Assert.Contains(catalog.Schema, s => s.Text.Contains("(n:Article) ON (n.date)", StringComparison.Ordinal));
    }

    [Fact]
    public void Templates_PropertyNames_AreThoseOfGraphProperties()
    {
        var catalog = CypherTemplateCatalog.Load(TestPaths.Templates);
        var known = typeof(GraphProperties).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        var graphVariables = new Regex(@"\b(?:article|entity|edge|mention|node|n)\.([A-Za-z_]+)\b");

        var used = catalog.All
            .SelectMany(t => graphVariables.Matches(CypherTemplateCatalog.StripCommentsAndStrings(t.Text)).Select(m => (t.Name, Property: m.Groups[1].Value)))
            .ToArray();

        Assert.NotEmpty(used);
        Assert.All(used, u => Assert.True(known.Contains(u.Property), $"{u.Name} uses property '{u.Property}', which is not a GraphProperties name"));
    }

    [Fact]
    public void Load_MissingTemplate_FailsNamingTheFile()
    {
        var root = TestPaths.CopyTemplates();
        File.Delete(Path.Combine(root, "write/relationships/KILLED.cypher"));

        var error = Assert.Throws<CypherTemplateException>(() => CypherTemplateCatalog.Load(root));

        Assert.Contains("write/relationships/KILLED.cypher", error.Message, StringComparison.Ordinal);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownTemplate_FailsNamingTheFile()
    {
        var root = TestPaths.CopyTemplates();
        File.Copy(Path.Combine(root, "write/relationships/KILLED.cypher"), Path.Combine(root, "write/relationships/BOMBED.cypher"));

        var error = Assert.Throws<CypherTemplateException>(() => CypherTemplateCatalog.Load(root));

        Assert.Contains("BOMBED.cypher", error.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown Cypher template", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LabelOutsideVocabulary_FailsNamingLabelAndFile()
    {
        var root = TestPaths.CopyTemplates();
        var path = Path.Combine(root, "write/nodes/Person.cypher");
        File.WriteAllText(path, File.ReadAllText(path).Replace("MERGE (entity:Person {key: row.key})", "MERGE (entity:Person:Spy {key: row.key})", StringComparison.Ordinal));

        var error = Assert.Throws<CypherTemplateException>(() => CypherTemplateCatalog.Load(root));

        Assert.Contains(":Spy", error.Message, StringComparison.Ordinal);
        Assert.Contains("Person.cypher", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RelationshipTypeOutsideVocabulary_Fails()
    {
        var root = TestPaths.CopyTemplates();
        var path = Path.Combine(root, "write/retract-changed-articles.cypher");
        File.WriteAllText(path, File.ReadAllText(path).Replace("|THREATENED]", "|THREATENED|BOMBED]", StringComparison.Ordinal));

        var error = Assert.Throws<CypherTemplateException>(() => CypherTemplateCatalog.Load(root));

        Assert.Contains(":BOMBED", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TemplateOfAnotherLabel_Fails()
    {
        var root = TestPaths.CopyTemplates();
        File.Copy(Path.Combine(root, "write/nodes/Country.cypher"), Path.Combine(root, "write/nodes/Person.cypher"), overwrite: true);

        var error = Assert.Throws<CypherTemplateException>(() => CypherTemplateCatalog.Load(root));

        Assert.Contains("Person.cypher does not use :Person", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TemplateWithTwoStatements_Fails()
    {
        var root = TestPaths.CopyTemplates();
        File.AppendAllText(Path.Combine(root, "write/nodes/Base.cypher"), "\nMATCH (n:Base) DETACH DELETE n;\n");

        var error = Assert.Throws<CypherTemplateException>(() => CypherTemplateCatalog.Load(root));

        Assert.Contains("Base.cypher must hold exactly one statement", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderMissing_NamesFolderAndSetting()
    {
        var root = Path.Combine(Path.GetTempPath(), "kg-no-templates-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<CypherTemplateException>(() => CypherTemplateCatalog.Load(root));

        Assert.Contains(root, error.Message, StringComparison.Ordinal);
        Assert.Contains("Neo4j:TemplatesPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LintSchema_Vocabulary_EqualsGraphVocabulary()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tools/cypher-lint/schema.json")));

        var labels = schema.RootElement.GetProperty("labels").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
        var types = schema.RootElement.GetProperty("relationshipTypes").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);

        Assert.Equal(GraphVocabulary.EntityLabels.Select(l => l.ToGraphLabel()).Append(GraphVocabulary.ArticleLabel).Order(StringComparer.Ordinal), labels);
        Assert.Equal(GraphVocabulary.RelationshipTypes.Select(t => t.ToGraphType()).Append(GraphVocabulary.MentionsType).Order(StringComparer.Ordinal), types);
    }
}
