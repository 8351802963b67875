namespace KnowledgeGraph.Neo4j;

/// <summary>
/// A failure talking to Neo4j. <see cref="IsTransient"/> says whether the same work may succeed later (server busy or
/// down, deadlock, timeout): the worker keeps such articles pending and retries the batch.
/// </summary>
public abstract class Neo4jException : Exception
{
    protected Neo4jException(string message, bool isTransient, int? statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
        StatusCode = statusCode;
    }

    public bool IsTransient { get; }

    /// <summary>The HTTP status of the response, when there was one.</summary>
    public int? StatusCode { get; }
}

/// <summary>
/// The server answered with a documented error payload <c>{"errors": [{"code", "message"}]}</c>. Codes
/// <c>Neo.TransientError.*</c> are transient; <c>Neo.ClientError.*</c> (bad Cypher, constraint violation, wrong
/// credentials) and <c>Neo.DatabaseError.*</c> are not.
/// </summary>
public sealed class Neo4jQueryException : Neo4jException
{
    public Neo4jQueryException(string code, string serverMessage, string? statementName, int? statusCode)
        : base(Describe(code, serverMessage, statementName), IsTransientCode(code), statusCode)
    {
        Code = code;
        ServerMessage = serverMessage;
        StatementName = statementName;
    }

    /// <summary>The Neo4j status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
    public string Code { get; }

    /// <summary>The server's message, as sent.</summary>
    public string ServerMessage { get; }

    /// <summary>The template that failed (e.g. <c>write/relationships/ATTACKED.cypher</c>), when known.</summary>
    public string? StatementName { get; }

    public bool IsAuthenticationFailure => Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal);

    public static bool IsTransientCode(string code) => code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);

    private static string Describe(string code, string serverMessage, string? statementName) =>
        statementName is null
            ? $"Neo4j returned {code}: {serverMessage}"
            : $"Neo4j returned {code} for {statementName}: {serverMessage}";
}

/// <summary>
/// Neo4j could not be reached or did not answer in time: refused or reset connection, timeout, HTTP 408/429/502/503/504,
/// or the circuit breaker is open after repeated failures. Always transient.
/// </summary>
public sealed class Neo4jUnavailableException : Neo4jException
{
    public Neo4jUnavailableException(string message, int? statusCode = null, Exception? innerException = null)
        : base(message, isTransient: true, statusCode, innerException)
    {
    }
}

/// <summary>The server answered something the Query API does not document (unexpected status or body). Not transient.</summary>
public sealed class Neo4jProtocolException : Neo4jException
{
    public Neo4jProtocolException(string message, int? statusCode = null, Exception? innerException = null)
        : base(message, isTransient: false, statusCode, innerException)
    {
    }
}

/// <summary>The server is older than the templates need (or says no version): a configuration problem, never retried.</summary>
public sealed class Neo4jVersionException : Neo4jException
{
    public Neo4jVersionException(string message)
        : base(message, isTransient: false, statusCode: null)
    {
    }
}
