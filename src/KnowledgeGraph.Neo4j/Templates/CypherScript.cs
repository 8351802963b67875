namespace KnowledgeGraph.Neo4j.Templates;

/// <summary>Splits Cypher text into statements on semicolons outside string literals, backtick names and comments.</summary>
public static class CypherScript
{
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var statements = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                var newline = text.IndexOf('\n', i);
                i = newline < 0 ? text.Length : newline + 1;
            }
            else if (c == '/' && next == '*')
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? text.Length : close + 2;
            }
            else if (c is '\'' or '"')
            {
                i = SkipQuoted(text, i, c);
            }
            else if (c == '`')
            {
                // A doubled backtick inside a name reads as close + reopen, which is equivalent.
                var close = text.IndexOf('`', i + 1);
                i = close < 0 ? text.Length : close + 1;
            }
            else if (c == ';')
            {
                Add(statements, text[start..i]);
                start = ++i;
            }
            else
            {
                i++;
            }
        }

        Add(statements, text[start..]);
        return statements;
    }

    /// <summary>True when the text holds something other than whitespace and comments.</summary>
    public static bool HasCode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                var newline = text.IndexOf('\n', i);
                i = newline < 0 ? text.Length : newline + 1;
            }
            else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? text.Length : close + 2;
            }
            else if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<string> statements, string candidate)
    {
        if (HasCode(candidate))
        {
            statements.Add(candidate.Trim());
        }
    }

    private static int SkipQuoted(string text, int openAt, char quote)
    {
        var i = openAt + 1;
        while (i < text.Length)
        {
            if (text[i] == '\\')
            {
                i += 2;
            }
            else if (text[i] == quote)
            {
                return i + 1;
            }
            else
            {
                i++;
            }
        }

        return text.Length;
    }
}
