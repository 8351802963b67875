using KnowledgeGraph.Extraction;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class GazetteerEntityResolverTests
{
    private readonly GazetteerEntityResolver resolver = new();

    [Theory]
    [InlineData("U.S.", EntityLabel.Country, "United States")]
    [InlineData("the United States of America", EntityLabel.Country, "United States")]
    [InlineData("American", EntityLabel.Country, "United States")]
    [InlineData("Washington", EntityLabel.Country, "United States")]
    [InlineData("Britain", EntityLabel.Country, "United Kingdom")]
    [InlineData("Moscow", EntityLabel.Country, "Russia")]
    [InlineData("Kremlin", EntityLabel.Country, "Russia")]
    [InlineData("Iranian", EntityLabel.Country, "Iran")]
    [InlineData("Türkiye", EntityLabel.Country, "Turkey")]
    [InlineData("Czechia", EntityLabel.Country, "Czech Republic")]
    [InlineData("Burma", EntityLabel.Country, "Myanmar")]
    [InlineData("Soviet Union", EntityLabel.Country, "Soviet Union")]
    [InlineData("ISIL", EntityLabel.Organisation, "Islamic State")]
    [InlineData("Da’esh", EntityLabel.Organisation, "Islamic State")]
    [InlineData("Islamic State of Iraq and the Levant", EntityLabel.Organisation, "Islamic State")]
    [InlineData("al-Qaida", EntityLabel.Organisation, "al-Qaeda")]
    [InlineData("NATO", EntityLabel.Organisation, "North Atlantic Treaty Organization")]
    [InlineData("IAEA", EntityLabel.Organisation, "International Atomic Energy Agency")]
    public void TryResolve_KnownName_ReturnsCanonical(string surface, EntityLabel label, string canonical)
    {
        Assert.True(resolver.TryResolve(surface, out var foundLabel, out var foundName));
        Assert.Equal(label, foundLabel);
        Assert.Equal(canonical, foundName);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("is")]
    [InlineData("Latin America")]
    [InlineData("Aleppo")]
    [InlineData("Dominic Raab")]
    [InlineData("")]
    public void TryResolve_UnknownOrAmbiguousName_ReturnsFalse(string surface)
    {
        Assert.False(resolver.TryResolve(surface, out _, out _));
    }

    [Fact]
    public void Gazetteer_EveryUnMemberStateSample_IsKnown()
    {
        string[] sample =
        [
            "Afghanistan", "Andorra", "Bhutan", "Cabo Verde", "Comoros", "Eswatini", "Kiribati", "Liechtenstein", "Micronesia",
            "Nauru", "Palau", "San Marino", "Sao Tome and Principe", "Timor-Leste", "Tuvalu", "Vanuatu", "Zimbabwe",
            "Palestine", "Kosovo", "Taiwan", "Holy See",
        ];

        Assert.All(sample, name => Assert.True(resolver.TryResolve(name, out var label, out _) && label == EntityLabel.Country, name));
    }
}
