// The server's product name, version and edition, checked at start: the templates need Neo4j 5.23 or later
// (`CALL (row) { … }` subqueries). Parameters: none.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition;
