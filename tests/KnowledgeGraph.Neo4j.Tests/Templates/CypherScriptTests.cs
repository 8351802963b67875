using KnowledgeGraph.Neo4j.Templates;

namespace KnowledgeGraph.Neo4j.Tests.Templates;

public sealed class CypherScriptTests
{
    [Fact]
    public void Split_SemicolonsInsideLiteralsNamesAndComments_SplitsOnlyBetweenStatements()
    {
        const string script = """
            // a comment; not a statement
            MERGE (a:Person {key: 'x;y', name: "He said \"hi; there\"", other: 'it\'s; fine'});
            /* block; comment */ MATCH (`we;ird`:Person) RETURN `we;ird` ;
            RETURN 'a\\';
            // trailing comment only
            """;

        var statements = CypherScript.Split(script);

        Assert.Equal(3, statements.Count);
        Assert.Contains("'it\\'s; fine'", statements[0], StringComparison.Ordinal);
        Assert.EndsWith("RETURN `we;ird`", statements[1], StringComparison.Ordinal);
        Assert.Equal("RETURN 'a\\\\'", statements[2]);
    }

    [Fact]
    public void Split_OnlyComments_NoStatement()
    {
        Assert.Empty(CypherScript.Split("// nothing here\n/* or here */\n  ;  ; \n"));
    }
}
