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
            var name = label.ToGraphLabel();
            Assert.Equal($"write/nodes/entity.cypher[{name}]", catalog.EntityNodes(label).Name);
            Assert.Contains($"MERGE (entity:{name} {{key: row.key}})", catalog.EntityNodes(label).Text, StringComparison.Ordinal);
            Assert.Contains($"MATCH (entity:{name})", catalog.SummarizeEntities(label).Text, StringComparison.Ordinal);
        }

        foreach (var type in GraphVocabulary.RelationshipTypes)
        {
            var name = type.ToGraphType();
            Assert.Equal($"write/relationships/event.cypher[{name}]", catalog.EventFacts(type).Name);
            Assert.Contains($"CREATE (origin)-[fact:{name} {{article: row.article}}]->(target)", catalog.EventFacts(type).Text, StringComparison.Ordinal);
            Assert.Contains($"MATCH ()-[fact:{name} {{article: row.key}}]->()", catalog.RetractFacts(type).Text, StringComparison.Ordinal);
        }

        Assert.All(catalog.All, t => Assert.DoesNotContain(CypherTemplateCatalog.TypePlaceholder, CypherTemplateCatalog.StripCommentsAndStrings(t.Text), StringComparison.Ordinal));
        Assert.All(catalog.All, t => Assert.DoesNotContain(CypherTemplateCatalog.LabelPlaceholder, CypherTemplateCatalog.StripCommentsAndStrings(t.Text), StringComparison.Ordinal));
        Assert.Contains("MERGE (article:Article {key: row.key})", catalog.ArticleNodes.Text, StringComparison.Ordinal);
        Assert.Contains("CREATE (article)-[mention:MENTIONS]->(entity)", catalog.Mentions.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleTemplate_SetProperties_AreTheEmbeddedStoresArticleProperties()
    {
        // The embedded store's export gives an Article these properties (name: the title, or the id when untitled);
        // Neo4j must hold the same ones, so captions, queries and exports agree whichever store wrote the graph.
        string[] embeddedArticleProperties =
        [
            GraphProperties.Key, GraphProperties.SourceId, GraphProperties.Name, GraphProperties.Title, GraphProperties.Date,
            GraphProperties.Url, GraphProperties.Source, GraphProperties.ContentHash, GraphProperties.ExtractorVersion, GraphProperties.Report,
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
        foreach (var type in GraphVocabulary.RelationshipTypes.Select(t => t.ToGraphType()))
        {
            Assert.Contains(catalog.Schema, s => s.Text.Contains($"FOR ()-[r:{type}]-() ON (r.{GraphProperties.Article})", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Templates_PropertyNames_AreThoseOfGraphProperties()
    {
        var catalog = CypherTemplateCatalog.Load(TestPaths.Templates);
        var known = typeof(GraphProperties).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        var graphVariables = new Regex(@"\b(?:article|entity|fact|mention|node|n)\.([A-Za-z_]+)\b");

        var used = catalog.All
            .SelectMany(t => graphVariables.Matches(CypherTemplateCatalog.StripCommentsAndStrings(t.Text)).Select(m => (t.Name, Property: m.Groups[1].Value)))
            .ToArray();

        Assert.NotEmpty(used);
        Assert.All(used, u => Assert.True(known.Contains(u.Property), $"{u.Name} uses property '{u.Property}', which is not a GraphProperties name"));
    }

    [Fact]
    public void Load_MissingTemplate_FailsNamingTheFile()
    {
        using var templates = TestPaths.CopyTemplates();
        var root = templates.Path;
        File.Delete(Path.Combine(root, "write/relationships/event.cypher"));

        var error = Assert.Throws<CypherTemplateException>(() => CypherTemplateCatalog.Load(root));

        Assert.Contains("write/relationships/event.cypher", error.Message, StringComparison.Ordinal);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("write/relationships/KILLED.cypher")]
    [InlineData("write/nodes/Person.cypher")]
    public void Load_UnknownTemplate_FailsNamingTheFile(string extra)
    {
        using var templates = TestPaths.CopyTemplates();
        var root = templates.Path;
        File.Copy(Path.Combine(root, "write/relationships/event.cypher"), Path.Combine(root, extra));

        var error = Assert.Throws<CypherTemplateException>(() => CypherTemplateCatalog.Load(root));

        Assert.Contains(Path.GetFileName(extra), error.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown Cypher template", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LabelOutsideVocabularyBesideThePlaceholder_FailsNamingLabelAndFile()
    {
        using var templates = TestPaths.CopyTemplates();
        var root = templates.Path;
        var path = Path.Combine(root, "write/nodes/entity.cypher");
        File.WriteAllText(path, File.ReadAllText(path).Replace("MERGE (entity:ENTITY_LABEL {key: row.key})", "MERGE (entity:ENTITY_LABEL:Spy {key: row.key})", StringComparison.Ordinal));

        var error = Assert.Throws<CypherTemplateException>(() => CypherTemplateCatalog.Load(root));

        Assert.Contains(":Spy", error.Message, StringComparison.Ordinal);
        Assert.Contains("entity.cypher", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PlaceholderInATemplateWithoutSubstitution_FailsAsOutsideTheVocabulary()
    {
        using var templates = TestPaths.CopyTemplates();
        var root = templates.Path;
        var path = Path.Combine(root, "write/retract-mentions.cypher");
        File.WriteAllText(path, File.ReadAllText(path).Replace("-[mention:MENTIONS]->", "-[mention:MENTIONS|EVENT_TYPE]->", StringComparison.Ordinal));

        var error = Assert.Throws<CypherTemplateException>(() => CypherTemplateCatalog.Load(root));

        Assert.Contains(":EVENT_TYPE", error.Message, StringComparison.Ordinal);
        Assert.Contains("retract-mentions.cypher", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PlaceholderTemplateWithoutItsPlaceholder_Fails()
    {
        using var templates = TestPaths.CopyTemplates();
        var root = templates.Path;
        var path = Path.Combine(root, "write/relationships/event.cypher");
        File.WriteAllText(path, File.ReadAllText(path).Replace("[fact:EVENT_TYPE {", "[fact:ATTACKED {", StringComparison.Ordinal));

        var error = Assert.Throws<CypherTemplateException>(() => CypherTemplateCatalog.Load(root));

        Assert.Contains("event.cypher does not use its placeholder :EVENT_TYPE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TemplateWithTwoStatements_Fails()
    {
        using var templates = TestPaths.CopyTemplates();
        var root = templates.Path;
        File.AppendAllText(Path.Combine(root, "write/nodes/entity.cypher"), "\nMATCH (n:Base) DETACH DELETE n;\n");

        var error = Assert.Throws<CypherTemplateException>(() => CypherTemplateCatalog.Load(root));

        Assert.Contains("entity.cypher must hold exactly one statement", error.Message, StringComparison.Ordinal);
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
        Assert.Equal(GraphVocabulary.RelationshipTypes.Select(t => t.ToGraphType()).Append(GraphVocabulary.MentionsType).Append(GraphVocabulary.LocatedInType).Order(StringComparer.Ordinal), types);
    }
}
