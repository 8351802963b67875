using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Neo4j.Templates;

/// <summary>One Cypher statement read from a template file; <see cref="Name"/> is its path under the templates folder.</summary>
public sealed record CypherTemplate(string Name, string Text);

/// <summary>A template folder that cannot be used: missing, unknown or malformed files. The message names the file.</summary>
public sealed class CypherTemplateException : Exception
{
    public CypherTemplateException(string message)
        : base(message)
    {
    }

    public CypherTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CypherTemplateException()
    {
    }
}

/// <summary>
/// The Cypher the writer runs, loaded once at start from the templates folder (<c>Neo4j:TemplatesPath</c>, default
/// <c>&lt;AppContext.BaseDirectory&gt;/cypher</c>). Expected files: <c>schema.cypher</c>,
/// <c>read/unchanged-articles.cypher</c>, <c>write/retract-changed-articles.cypher</c>, <c>write/nodes/&lt;Label&gt;.cypher</c>
/// for Article and every entity label of <see cref="GraphVocabulary"/>, and <c>write/relationships/&lt;TYPE&gt;.cypher</c>
/// for MENTIONS and every relationship type. A missing file, an unknown file under <c>read/</c> or <c>write/</c>, a
/// template with more than one statement, or any label or relationship type outside the vocabulary fails loading
/// with a message naming the file. <c>queries/</c> (the analyst pack) and <c>style.grass</c> are not loaded.
/// </summary>
public sealed partial class CypherTemplateCatalog
{
    public const string SchemaFile = "schema.cypher";
    public const string UnchangedArticlesFile = "read/unchanged-articles.cypher";
    public const string RetractChangedArticlesFile = "write/retract-changed-articles.cypher";

    private readonly Dictionary<EntityLabel, CypherTemplate> entityNodes;
    private readonly Dictionary<RelationshipType, CypherTemplate> relationships;

    private CypherTemplateCatalog(
        string root,
        IReadOnlyList<CypherTemplate> schema,
        CypherTemplate unchangedArticles,
        CypherTemplate retractChangedArticles,
        CypherTemplate articleNodes,
        CypherTemplate mentions,
        Dictionary<EntityLabel, CypherTemplate> entityNodes,
        Dictionary<RelationshipType, CypherTemplate> relationships)
    {
        Root = root;
        Schema = schema;
        UnchangedArticles = unchangedArticles;
        RetractChangedArticles = retractChangedArticles;
        ArticleNodes = articleNodes;
        Mentions = mentions;
        this.entityNodes = entityNodes;
        this.relationships = relationships;
    }

    public string Root { get; }

    /// <summary>The schema statements (constraints and indexes), each run in its own transaction.</summary>
    public IReadOnlyList<CypherTemplate> Schema { get; }

    public CypherTemplate UnchangedArticles { get; }

    public CypherTemplate RetractChangedArticles { get; }

    public CypherTemplate ArticleNodes { get; }

    public CypherTemplate Mentions { get; }

    public CypherTemplate EntityNodes(EntityLabel label) => entityNodes[label];

    public CypherTemplate Relationships(RelationshipType type) => relationships[type];

    /// <summary>Every loaded template, schema statements included.</summary>
    public IEnumerable<CypherTemplate> All =>
        Schema.Concat([UnchangedArticles, RetractChangedArticles, ArticleNodes, Mentions]).Concat(entityNodes.Values).Concat(relationships.Values);

    public static string NodeFile(string label) => $"write/nodes/{label}.cypher";

    public static string RelationshipFile(string type) => $"write/relationships/{type}.cypher";

    public static CypherTemplateCatalog Load(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        var fullRoot = Path.GetFullPath(root);
        if (!Directory.Exists(fullRoot))
        {
            throw new CypherTemplateException(
                $"Cypher templates folder not found: {fullRoot}. Set Neo4j:TemplatesPath to the folder holding schema.cypher, read/ and write/ (the repository's cypher/ folder).");
        }

        var expected = new List<string> { SchemaFile, UnchangedArticlesFile, RetractChangedArticlesFile, NodeFile(GraphVocabulary.ArticleLabel), RelationshipFile(GraphVocabulary.MentionsType) };
        expected.AddRange(GraphVocabulary.EntityLabels.Select(l => NodeFile(l.ToGraphLabel())));
        expected.AddRange(GraphVocabulary.RelationshipTypes.Select(t => RelationshipFile(t.ToGraphType())));

        var missing = expected.Where(name => !File.Exists(Path.Combine(fullRoot, name))).ToList();
        if (missing.Count > 0)
        {
            throw new CypherTemplateException(
                $"Cypher template(s) missing: {string.Join(", ", missing.Select(name => Path.Combine(fullRoot, name)))}. Every label and relationship type of GraphVocabulary needs its template (Neo4j:TemplatesPath = {fullRoot}).");
        }

        var expectedSet = expected.ToHashSet(StringComparer.Ordinal);
        foreach (var folder in new[] { "read", "write" })
        {
            var path = Path.Combine(fullRoot, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(path, "*.cypher", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(fullRoot, file).Replace('\\', '/');
                if (!expectedSet.Contains(name))
                {
                    throw new CypherTemplateException(
                        $"Unknown Cypher template {Path.Combine(fullRoot, name)}: its name is not a template of the writer (labels and relationship types come only from GraphVocabulary). Remove or rename it.");
                }
            }
        }

        var schema = CypherScript.Split(Read(fullRoot, SchemaFile))
            .Select((text, index) => new CypherTemplate($"{SchemaFile}#{index + 1}", text))
            .ToArray();
        if (schema.Length == 0)
        {
            throw new CypherTemplateException($"Cypher template {Path.Combine(fullRoot, SchemaFile)} holds no statement.");
        }

        foreach (var statement in schema)
        {
            if (!statement.Text.Contains("IF NOT EXISTS", StringComparison.OrdinalIgnoreCase))
            {
                throw new CypherTemplateException($"Cypher template {Path.Combine(fullRoot, SchemaFile)}: statement {statement.Name} is not idempotent (IF NOT EXISTS missing); it runs on every start.");
            }

            CheckVocabulary(fullRoot, SchemaFile, StripCommentsAndStrings(statement.Text));
        }

        var entityNodes = GraphVocabulary.EntityLabels.ToDictionary(l => l, l => Single(fullRoot, NodeFile(l.ToGraphLabel()), ":" + l.ToGraphLabel(), "$rows"));
        var relationships = GraphVocabulary.RelationshipTypes.ToDictionary(t => t, t => Single(fullRoot, RelationshipFile(t.ToGraphType()), ":" + t.ToGraphType(), "$rows"));
        return new CypherTemplateCatalog(
            fullRoot,
            schema,
            Single(fullRoot, UnchangedArticlesFile, ":" + GraphVocabulary.ArticleLabel, "$articles"),
            Single(fullRoot, RetractChangedArticlesFile, ":" + GraphVocabulary.ArticleLabel, "$rows"),
            Single(fullRoot, NodeFile(GraphVocabulary.ArticleLabel), ":" + GraphVocabulary.ArticleLabel, "$rows"),
            Single(fullRoot, RelationshipFile(GraphVocabulary.MentionsType), ":" + GraphVocabulary.MentionsType, "$rows"),
            entityNodes,
            relationships);
    }

    private static CypherTemplate Single(string root, string name, string requiredToken, string requiredParameter)
    {
        var statements = CypherScript.Split(Read(root, name));
        var path = Path.Combine(root, name);
        if (statements.Count != 1)
        {
            throw new CypherTemplateException($"Cypher template {path} must hold exactly one statement; it holds {statements.Count}.");
        }

        var text = statements[0];
        var code = StripCommentsAndStrings(text);
        if (!Regex.IsMatch(code, Regex.Escape(requiredToken) + @"\b", RegexOptions.CultureInvariant))
        {
            throw new CypherTemplateException($"Cypher template {path} does not use {requiredToken}: is it the right file for that name?");
        }

        if (!Regex.IsMatch(code, Regex.Escape(requiredParameter) + @"\b", RegexOptions.CultureInvariant))
        {
            throw new CypherTemplateException($"Cypher template {path} does not read its parameter {requiredParameter}.");
        }

        CheckVocabulary(root, name, code);
        return new CypherTemplate(name, text);
    }

    private static string Read(string root, string name)
    {
        var path = Path.Combine(root, name);
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new CypherTemplateException($"Cannot read Cypher template {path}: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CypherTemplateException($"Cannot read Cypher template {path}: {ex.Message}", ex);
        }
    }

    /// <summary>Every label and relationship type written in a pattern must come from <see cref="GraphVocabulary"/>.</summary>
    /// <param name="code">The template with comments and string literals already stripped.</param>
    private static void CheckVocabulary(string root, string name, string code)
    {
        foreach (Match match in NodeLabels().Matches(code))
        {
            foreach (var label in match.Groups["names"].Value.Split(['|', ':', '&'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!GraphVocabulary.IsNodeLabel(label))
                {
                    throw new CypherTemplateException($"Cypher template {Path.Combine(root, name)} uses label :{label}, which is not in GraphVocabulary.");
                }
            }
        }

        foreach (Match match in RelationshipTypes().Matches(code))
        {
            foreach (var type in match.Groups["names"].Value.Split(['|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!GraphVocabulary.IsRelationshipType(type))
                {
                    throw new CypherTemplateException($"Cypher template {Path.Combine(root, name)} uses relationship type :{type}, which is not in GraphVocabulary.");
                }
            }
        }
    }

    internal static string StripCommentsAndStrings(string text) =>
        CommentsAndStrings().Replace(text, m => m.Value.StartsWith('/') ? " " : "''");

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|'(?:\\.|[^'\\])*'|""(?:\\.|[^""\\])*""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsAndStrings();

    [GeneratedRegex(@"\(\s*(?:[A-Za-z_][A-Za-z0-9_]*)?\s*:\s*(?<names>[A-Za-z_][A-Za-z0-9_]*(?:\s*[|:&]\s*[A-Za-z_][A-Za-z0-9_]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex NodeLabels();

    [GeneratedRegex(@"\[\s*(?:[A-Za-z_][A-Za-z0-9_]*)?\s*:\s*(?<names>[A-Za-z_][A-Za-z0-9_]*(?:\s*\|\s*[A-Za-z_][A-Za-z0-9_]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex RelationshipTypes();
}
