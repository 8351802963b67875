using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Tests.Model;

public sealed class NodeIdsTests
{
    [Theory]
    [InlineData("Inés Quiroga Peña", "ines-quiroga-pena")]
    [InlineData("Ines Quiroga Pena", "ines-quiroga-pena")]
    [InlineData("Recep Tayyip Erdoğan", "recep-tayyip-erdogan")]
    [InlineData("Lech Wałęsa", "lech-walesa")]
    [InlineData("U.S.", "us")]
    [InlineData("Côte d'Ivoire", "cote-divoire")]
    [InlineData("  Ayn  Al-Asad   Air Base ", "ayn-al-asad-air-base")]
    [InlineData("O’Brien", "obrien")]
    [InlineData("Straße", "strasse")]
    public void Slug_Name_FoldsDiacriticsAndJoinsWordsWithHyphens(string name, string expected) =>
        Assert.Equal(expected, NodeIds.Slug(name));

    [Fact]
    public void ForEntity_SameNameWithAndWithoutAccents_SameId() =>
        Assert.Equal(NodeIds.ForEntity(EntityLabel.Person, "José Martí"), NodeIds.ForEntity(EntityLabel.Person, "Jose Marti"));

    [Theory]
    [InlineData("country:iran", EntityLabel.Country)]
    [InlineData("base:camp-x", EntityLabel.Base)]
    [InlineData("location:port-selwyn", EntityLabel.Location)]
    public void LabelOf_EntityId_ReturnsItsLabel(string id, EntityLabel label) => Assert.Equal(label, NodeIds.LabelOf(id));

    [Theory]
    [InlineData("article:x")]
    [InlineData("nolabel")]
    [InlineData("Weapon:x")]
    public void LabelOf_NonEntityId_ReturnsNull(string id) => Assert.Null(NodeIds.LabelOf(id));
}
