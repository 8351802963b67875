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
/// <c>&lt;AppContext.BaseDirectory&gt;/cypher</c>). Expected files: <c>schema.cypher</c>, <c>read/unchanged-articles.cypher</c>,
/// <c>read/server-version.cypher</c>, <c>write/nodes/Article.cypher</c>, <c>write/retract-mentions.cypher</c>,
/// <c>write/relationships/MENTIONS.cypher</c>, <c>write/relationships/LOCATED_IN.cypher</c>, and four templates written once per shape with a placeholder that the
/// catalog substitutes from <see cref="GraphVocabulary"/> when it loads them: <c>write/nodes/entity.cypher</c> and
/// <c>write/summarize-entities.cypher</c> (<c>ENTITY_LABEL</c>, one copy per entity label),
/// <c>write/retract-facts.cypher</c> and <c>write/relationships/event.cypher</c> (<c>EVENT_TYPE</c>, one copy per
/// relationship type). Placeholders are whole words in code (never in comments or strings) and are replaced only by
/// whitelisted names; every copy then passes the same vocabulary check as any other template, so a label or type
/// outside the whitelist, a missing file, an unknown file under <c>read/</c> or <c>write/</c>, or a template with more
/// than one statement fails loading with a message naming the file. <c>queries/</c> (the analyst pack) and
/// <c>style.grass</c> are not loaded.
/// </summary>
public sealed partial class CypherTemplateCatalog
{
    public const string SchemaFile = "schema.cypher";
    public const string UnchangedArticlesFile = "read/unchanged-articles.cypher";
    public const string ServerVersionFile = "read/server-version.cypher";
    public const string ArticleNodesFile = "write/nodes/Article.cypher";
    public const string RetractMentionsFile = "write/retract-mentions.cypher";
    public const string MentionsFile = "write/relationships/MENTIONS.cypher";
    public const string LocatedInFile = "write/relationships/LOCATED_IN.cypher";
    public const string EntityNodesFile = "write/nodes/entity.cypher";
    public const string SummarizeEntitiesFile = "write/summarize-entities.cypher";
    public const string RetractFactsFile = "write/retract-facts.cypher";
    public const string EventFactsFile = "write/relationships/event.cypher";

    /// <summary>Stands for an entity label in <see cref="EntityNodesFile"/> and <see cref="SummarizeEntitiesFile"/>.</summary>
    public const string LabelPlaceholder = "ENTITY_LABEL";

    /// <summary>Stands for an event relationship type in <see cref="RetractFactsFile"/> and <see cref="EventFactsFile"/>.</summary>
    public const string TypePlaceholder = "EVENT_TYPE";

    private static readonly string[] ExpectedFiles =
    [
        SchemaFile, UnchangedArticlesFile, ServerVersionFile, ArticleNodesFile, RetractMentionsFile, MentionsFile, LocatedInFile,
        EntityNodesFile, SummarizeEntitiesFile, RetractFactsFile, EventFactsFile,
    ];

    private readonly Dictionary<EntityLabel, CypherTemplate> entityNodes;
    private readonly Dictionary<EntityLabel, CypherTemplate> summarizeEntities;
    private readonly Dictionary<RelationshipType, CypherTemplate> retractFacts;
    private readonly Dictionary<RelationshipType, CypherTemplate> eventFacts;

    private CypherTemplateCatalog(
        string root,
        IReadOnlyList<CypherTemplate> schema,
        IReadOnlyDictionary<string, CypherTemplate> single,
        Dictionary<EntityLabel, CypherTemplate> entityNodes,
        Dictionary<EntityLabel, CypherTemplate> summarizeEntities,
        Dictionary<RelationshipType, CypherTemplate> retractFacts,
        Dictionary<RelationshipType, CypherTemplate> eventFacts)
    {
        Root = root;
        Schema = schema;
        UnchangedArticles = single[UnchangedArticlesFile];
        ServerVersion = single[ServerVersionFile];
        ArticleNodes = single[ArticleNodesFile];
        RetractMentions = single[RetractMentionsFile];
        Mentions = single[MentionsFile];
        LocatedIn = single[LocatedInFile];
        this.entityNodes = entityNodes;
        this.summarizeEntities = summarizeEntities;
        this.retractFacts = retractFacts;
        this.eventFacts = eventFacts;
    }

    public string Root { get; }

    /// <summary>The schema statements (constraints and indexes), each run in its own transaction.</summary>
    public IReadOnlyList<CypherTemplate> Schema { get; }

    public CypherTemplate UnchangedArticles { get; }

    public CypherTemplate ServerVersion { get; }

    public CypherTemplate ArticleNodes { get; }

    public CypherTemplate RetractMentions { get; }

    public CypherTemplate Mentions { get; }

    /// <summary>(:Location)-[:LOCATED_IN]->(:Country) of the batch's Locations (a gazetteer fact, MERGEd, never retracted).</summary>
    public CypherTemplate LocatedIn { get; }

    public CypherTemplate EntityNodes(EntityLabel label) => entityNodes[label];

    public CypherTemplate SummarizeEntities(EntityLabel label) => summarizeEntities[label];

    public CypherTemplate RetractFacts(RelationshipType type) => retractFacts[type];

    public CypherTemplate EventFacts(RelationshipType type) => eventFacts[type];

    /// <summary>Every loaded template (each placeholder copy once), schema statements included.</summary>
    public IEnumerable<CypherTemplate> All =>
        Schema.Concat([UnchangedArticles, ServerVersion, ArticleNodes, RetractMentions, Mentions, LocatedIn])
            .Concat(entityNodes.Values).Concat(summarizeEntities.Values).Concat(retractFacts.Values).Concat(eventFacts.Values);

    public static CypherTemplateCatalog Load(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        var fullRoot = Path.GetFullPath(root);
        if (!Directory.Exists(fullRoot))
        {
            throw new CypherTemplateException(
                $"Cypher templates folder not found: {fullRoot}. Set Neo4j:TemplatesPath to the folder holding schema.cypher, read/ and write/ (the repository's cypher/ folder).");
        }

        var missing = ExpectedFiles.Where(name => !File.Exists(Path.Combine(fullRoot, name))).ToList();
        if (missing.Count > 0)
        {
            throw new CypherTemplateException(
                $"Cypher template(s) missing: {string.Join(", ", missing.Select(name => Path.Combine(fullRoot, name)))} (Neo4j:TemplatesPath = {fullRoot}).");
        }

        var expectedSet = ExpectedFiles.ToHashSet(StringComparer.Ordinal);
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
                        $"Unknown Cypher template {Path.Combine(fullRoot, name)}: its name is not a template of the writer (labels and relationship types come only from GraphVocabulary, through the ENTITY_LABEL and EVENT_TYPE placeholders). Remove or rename it.");
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

        var article = ":" + GraphVocabulary.ArticleLabel;
        var single = new Dictionary<string, CypherTemplate>(StringComparer.Ordinal)
        {
            [UnchangedArticlesFile] = Single(fullRoot, UnchangedArticlesFile, article, "$articles"),
            [ServerVersionFile] = Single(fullRoot, ServerVersionFile, "dbms.components", "versions"),
            [ArticleNodesFile] = Single(fullRoot, ArticleNodesFile, article, "$rows"),
            [RetractMentionsFile] = Single(fullRoot, RetractMentionsFile, ":" + GraphVocabulary.MentionsType, "$rows"),
            [MentionsFile] = Single(fullRoot, MentionsFile, ":" + GraphVocabulary.MentionsType, "$rows"),
            [LocatedInFile] = Single(fullRoot, LocatedInFile, ":" + GraphVocabulary.LocatedInType, "$rows"),
        };

        return new CypherTemplateCatalog(
            fullRoot,
            schema,
            single,
            PerValue(fullRoot, EntityNodesFile, LabelPlaceholder, GraphVocabulary.EntityLabels, l => l.ToGraphLabel(), "$rows"),
            PerValue(fullRoot, SummarizeEntitiesFile, LabelPlaceholder, GraphVocabulary.EntityLabels, l => l.ToGraphLabel(), "$limit"),
            PerValue(fullRoot, RetractFactsFile, TypePlaceholder, GraphVocabulary.RelationshipTypes, t => t.ToGraphType(), "$rows"),
            PerValue(fullRoot, EventFactsFile, TypePlaceholder, GraphVocabulary.RelationshipTypes, t => t.ToGraphType(), "$rows"));
    }

    /// <summary>
    /// One copy of a placeholder template per whitelisted value, named <c>file[VALUE]</c>: the placeholder must appear
    /// in code as a label or type (<c>:PLACEHOLDER</c>), and each copy is then checked like any other template.
    /// </summary>
    private static Dictionary<T, CypherTemplate> PerValue<T>(string root, string name, string placeholder, IEnumerable<T> values, Func<T, string> graphName, string requiredParameter)
        where T : struct, Enum
    {
        var statements = CypherScript.Split(Read(root, name));
        var path = Path.Combine(root, name);
        if (statements.Count != 1)
        {
            throw new CypherTemplateException($"Cypher template {path} must hold exactly one statement; it holds {statements.Count}.");
        }

        var token = new Regex(@"(?<=:\s*)" + placeholder + @"\b", RegexOptions.CultureInvariant);
        if (!token.IsMatch(StripCommentsAndStrings(statements[0])))
        {
            throw new CypherTemplateException($"Cypher template {path} does not use its placeholder :{placeholder} (one copy is made per whitelisted name).");
        }

        return values.ToDictionary(
            value => value,
            value =>
            {
                var text = token.Replace(statements[0], graphName(value));
                var copy = $"{name}[{graphName(value)}]";
                Check(root, name, text, ":" + graphName(value), requiredParameter);
                return new CypherTemplate(copy, text);
            });
    }

    private static CypherTemplate Single(string root, string name, string requiredToken, string requiredParameter)
    {
        var statements = CypherScript.Split(Read(root, name));
        var path = Path.Combine(root, name);
        if (statements.Count != 1)
        {
            throw new CypherTemplateException($"Cypher template {path} must hold exactly one statement; it holds {statements.Count}.");
        }

        Check(root, name, statements[0], requiredToken, requiredParameter);
        return new CypherTemplate(name, statements[0]);
    }

    private static void Check(string root, string name, string text, string requiredToken, string requiredParameter)
    {
        var path = Path.Combine(root, name);
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
