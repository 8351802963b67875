using KnowledgeGraph.Domain.Model;
using static KnowledgeGraph.Extraction.Tests.ExtractionTestHelpers;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class RuleBasedExtractorEntityTests
{
    [Theory]
    [InlineData("The Iranian navy seized a tanker.", "Iran")]
    [InlineData("British diplomats left the capital.", "United Kingdom")]
    [InlineData("The U.K. said it would respond.", "United Kingdom")]
    [InlineData("The US said it would respond.", "United States")]
    [InlineData("America said it would respond.", "United States")]
    [InlineData("The vote in Côte d'Ivoire was calm.", "Cote d'Ivoire")]
    [InlineData("Talks with the DPRK stalled.", "North Korea")]
    [InlineData("Tehran denied the report.", "Iran")]
    [InlineData("Iraqis went to the polls.", "Iraq")]
    [InlineData("The Turks invaded the island.", "Turkey")]
    [InlineData("The Kremlin rejected the proposal.", "Russia")]
    [InlineData("Downing Street declined to comment.", "United Kingdom")]
    [InlineData("Observers from Papua New Guinea arrived.", "Papua New Guinea")]
    [InlineData("Officials in Kosovo and the Holy See welcomed it.", "Holy See")]
    public void Extract_CountrySurfaceForm_ResolvesToCanonicalCountry(string text, string canonical)
    {
        var graph = Extract(text);

        Assert.True(graph.HasEntity(Country(canonical)), graph.Describe());
    }

    [Theory]
    [InlineData("Suspected Hamas gunmen opened fire on the convoy.")]
    [InlineData("Alleged Hamas operatives were arrested in the raid.")]
    [InlineData("Unidentified Hamas fighters were seen near the border.")]
    public void Extract_DoubtWordOpeningTheSentenceBeforeAName_IsNotPartOfTheName(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.HasEntity(Organisation("Hamas")), graph.Describe());
        Assert.DoesNotContain(graph.Entities, e => e.Entity.Name.Split(' ')[0] is "Suspected" or "Alleged" or "Unidentified");
    }

    [Theory]
    [InlineData("Let us know what you think.")]
    [InlineData("It is what it is.")]
    [InlineData("Michael Jordan visited the school.")]
    [InlineData("Chad Fowler wrote the book.")]
    [InlineData("We ate turkey for dinner.")]
    [InlineData("She studied Latin American history.")]
    [InlineData("The storm hit Georgia and Florida overnight.")]
    [InlineData("He flew into Baghdad on Monday.")]
    public void Extract_AmbiguousCountryWord_IsNotACountry(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Country);
    }

    [Theory]
    [InlineData("Georgia recalled its ambassador. Officials in Tbilisi called it a provocation.")]
    [InlineData("Georgia recalled its ambassador over the breakaway region of Abkhazia.")]
    [InlineData("Georgia has not controlled South Ossetia since the war.")]
    [InlineData("Georgia's parliament passed the law on Tuesday.")]
    public void Extract_GeorgiaWithCaucasusContext_IsACountry(string text)
    {
        var graph = Extract(text);

        Assert.True(graph.HasEntity(Country("Georgia")), graph.Describe());
    }

    [Theory]
    [InlineData("Rebels fell back into the Zarkun mountains after the raid.", "Zarkun")]
    [InlineData("Gunmen attacked a village near the Ostrel forest on Monday.", "Ostrel")]
    [InlineData("Rebels ambushed a patrol in Northern Varesk on Monday.", "Northern Varesk")]
    public void Extract_LoneNameBeforeANaturalFeatureOrAfterACompassWord_IsALocation(string text, string place)
    {
        var graph = Extract(text);

        Assert.True(graph.HasEntity(Location(place)), graph.Describe());
        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Person);
    }

    [Fact]
    public void Extract_IslamicStateAliases_AreOneOrganisationWithAliases()
    {
        var graph = Extract("Daesh lost ground. ISIS fighters fled, and ISIL propaganda dried up, while IS leaders hid.");

        var entity = graph.Entity(Organisation("Islamic State"));
        Assert.Equal(["Daesh", "IS", "ISIL", "ISIS"], entity.Aliases);
        Assert.Single(graph.Entities, e => e.Entity.Label == EntityLabel.Organisation);
    }

    [Fact]
    public void Extract_AcronymSpellingTheInitialsOfAnOrganisationNamedInFull_OneOrganisation()
    {
        var graph = Extract("The Northern Liberation Front shelled the camp on Monday. The NLF said it had hit army posts.");

        var organisation = Assert.Single(graph.Entities, e => e.Entity.Label == EntityLabel.Organisation);
        Assert.Equal("Northern Liberation Front", organisation.Entity.Name);
        Assert.Contains("NLF", organisation.Entity.Aliases);
    }

    [Fact]
    public void Extract_ParenthesisedAcronym_BecomesAliasOfTheOrganisation()
    {
        var graph = Extract("The Sahel Liberation Front (SLF) claimed the town. Later the SLF withdrew.");

        var entity = graph.Entity(Organisation("Sahel Liberation Front"));
        Assert.Contains("SLF", entity.Aliases);
        Assert.Equal(3, Assert.Single(graph.Entities, e => e.Entity.Id == entity.Id).Mentions);
    }

    [Theory]
    [InlineData("The Defence Ministry issued a statement.", "Defence Ministry")]
    [InlineData("The Ministry of Foreign Affairs issued a statement.", "Ministry of Foreign Affairs")]
    [InlineData("The Northern Alliance Party won seats.", "Northern Alliance Party")]
    [InlineData("The Martyrs of Dawn Brigades claimed it.", "Martyrs of Dawn Brigades")]
    [InlineData("The National Security Council met.", "National Security Council")]
    // Company and trade-body heads.
    [InlineData("The Baltic Pipeline Consortium halted exports.", "Baltic Pipeline Consortium")]
    [InlineData("Orion Electronics reported record profits.", "Orion Electronics")]
    [InlineData("Seabright Maritime manages the tanker.", "Seabright Maritime")]
    public void Extract_OrganisationShape_IsOrganisation(string text, string name)
    {
        var graph = Extract(text);

        Assert.True(graph.HasEntity(Organisation(name)), graph.Describe());
    }

    [Theory]
    [InlineData("Aircraft of the 212th AEG flew overnight.", "212th AEG")]
    [InlineData("The destroyer joined CTF 61 in the Gulf.", "CTF 61")]
    public void Extract_UnitDesignation_KeepsOrdinalOrNumber(string text, string name)
    {
        var graph = Extract(text);

        Assert.True(graph.HasEntity(Organisation(name)), graph.Describe());
    }

    [Theory]
    [InlineData("QUESTION: Will the talks resume?")]
    [InlineData("KANDAHAR, Afghanistan — The convoy left at dawn.")]
    [InlineData("NEW DELHI — The convoy left at dawn.")]
    [InlineData("ZAMBOANGA CITY, Philippines — The convoy left at dawn.")]
    public void Extract_SpeakerLabelOrDateline_IsNotAnOrganisation(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Organisation);
    }

    [Theory]
    [InlineData("NEW DELHI — The convoy left at dawn.", "location:new-delhi")]
    [InlineData("BEIRUT — The convoy left at dawn.", "location:beirut")]
    [InlineData("UNITED NATIONS (Wire) — The council met at dawn.", "organisation:united-nations")]
    public void Extract_DatelineAGazetteerKnows_IsThatPlaceOrBody(string text, string id)
    {
        var graph = Extract(text);

        Assert.True(graph.HasEntity(id), graph.Describe());
        Assert.DoesNotContain(graph.Entities, e => e.Entity.Name is "NEW" or "DELHI" or "UNITED" or "NATIONS");
    }

    [Fact]
    public void Extract_MisspelledKnownOrganisation_ResolvesByContentWords()
    {
        var graph = Extract("The International Atomic and Energy Agency sent inspectors.");

        Assert.Contains("IAEA", graph.Entity(Organisation("International Atomic Energy Agency")).Aliases.Append("IAEA"));
        Assert.True(graph.HasEntity(Organisation("International Atomic Energy Agency")), graph.Describe());
    }

    [Theory]
    [InlineData("Troops returned to Al Udeid Air Base on Monday.", "Al Udeid Air Base")]
    [InlineData("Troops returned to Camp Lemonnier on Monday.", "Camp Lemonnier")]
    [InlineData("Troops returned to Fort Bragg on Monday.", "Fort Bragg")]
    [InlineData("Troops returned to Bagram Airfield on Monday.", "Bagram Airfield")]
    [InlineData("Troops returned to Wellington Barracks on Monday.", "Wellington Barracks")]
    public void Extract_MilitaryFacility_IsBase(string text, string name)
    {
        var graph = Extract(text);

        Assert.True(graph.HasEntity(Base(name)), graph.Describe());
    }

    [Theory]
    [InlineData("President Elena Vasquez spoke on Monday.", "Elena Vasquez")]
    [InlineData("Major General Farid Tahir spoke on Monday.", "Farid Tahir")]
    [InlineData("Secretary of State Anne Whitfield spoke on Monday.", "Anne Whitfield")]
    [InlineData("Kenya's Foreign Secretary, Joseph Kamau, spoke on Monday.", "Joseph Kamau")]
    [InlineData("Analysts said Haider al-Mahdi spoke on Monday.", "Haider al-Mahdi")]
    // "from" takes people as well as places.
    [InlineData("The minister faced criticism from Peter Lindgren on Monday.", "Peter Lindgren")]
    [InlineData("A call came from Elena Vasquez on Monday.", "Elena Vasquez")]
    public void Extract_TitledOrCapitalisedName_IsPersonWithoutTitle(string text, string name)
    {
        var graph = Extract(text);

        Assert.True(graph.HasEntity(Person(name)), graph.Describe());
    }

    [Fact]
    public void Extract_GroupBeforeLowercaseRole_IsStillMentioned()
    {
        var graph = Extract("Hezbollah chief Hassan Nasrallah gave a speech.");

        Assert.True(graph.HasEntity(Organisation("Hezbollah")), graph.Describe());
        Assert.True(graph.HasEntity(Person("Hassan Nasrallah")), graph.Describe());
    }

    [Fact]
    public void Extract_PlaceNamesAfterLocativePrepositions_AreNotPeople()
    {
        var graph = Extract("Fighting spread from Tal Afar to Mount Sinjar and near Deir Hafer.");

        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Person);
    }

    [Fact]
    public void Extract_SurnameAndTitledSurname_ResolveToFullName()
    {
        var graph = Extract("President Trump spoke first. Later, Donald Trump thanked the crowd. Trump then left.");

        var person = Assert.Single(graph.Entities, e => e.Entity.Label == EntityLabel.Person);
        Assert.Equal("Donald Trump", person.Entity.Name);
        Assert.Equal(["Trump"], person.Entity.Aliases);
        Assert.Equal(3, person.Mentions);
    }

    [Fact]
    public void Extract_FamilyNameFirst_ResolvesToFullName()
    {
        var graph = Extract("North Korean leader Kim Jong Un inspected a launch. Kim later met President Moon Jae-in.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Kim Jong Un"), Person("Moon Jae-in")), graph.Describe());
    }

    [Fact]
    public void Extract_RoleMention_ResolvesToTitleHolder()
    {
        var graph = Extract("Foreign Secretary Alan Brookes arrived in Oslo. The Foreign Secretary condemned Russia on Tuesday.");

        Assert.True(graph.Has(RelationshipType.Condemned, Person("Alan Brookes"), Country("Russia")), graph.Describe());
    }

    [Fact]
    public void Extract_LowercaseRoleWithCountry_ResolvesToTitleHolder()
    {
        var graph = Extract("US President Joe Harlan arrived in Berlin. The US president later met Chancellor Greta Lindqvist.");

        Assert.True(graph.Has(RelationshipType.Met, Person("Joe Harlan"), Person("Greta Lindqvist")), graph.Describe());
        Assert.Equal(2, Assert.Single(graph.Entities, e => e.Entity.Id == Person("Joe Harlan")).Mentions);
    }

    [Fact]
    public void Extract_PronounSubject_ResolvesToPreviousPerson()
    {
        var graph = Extract("Defence Minister Omar Saleh toured the front. He condemned Hamas in a speech.");

        Assert.True(graph.Has(RelationshipType.Condemned, Person("Omar Saleh"), Organisation("Hamas")), graph.Describe());
    }

    [Fact]
    public void Extract_LocationsAndCapitalsInPlaceRole_AreLocationsNotCountries()
    {
        var graph = Extract("The convoy drove from Paris to Lyon.");

        Assert.Equal([Location("Lyon"), Location("Paris")], graph.Entities.Select(e => e.Entity.Id));
    }

    [Fact]
    public void Extract_Entities_AreSortedByIdAndAliasesExcludeName()
    {
        var graph = Extract("Ukrainian forces and Russia clashed. Kyiv said the Russian army withdrew.");

        Assert.Equal(graph.Entities.Select(e => e.Entity.Id).Order(StringComparer.Ordinal), graph.Entities.Select(e => e.Entity.Id));
        Assert.All(graph.Entities, e => Assert.DoesNotContain(e.Entity.Name, e.Entity.Aliases));
        Assert.Equal(["Kyiv", "Ukrainian"], graph.Entity(Country("Ukraine")).Aliases);
    }

    [Fact]
    public void Extract_NationalityWordAfterAGivenName_IsAFamilyName()
    {
        var graph = Extract("The investor Mark Cuban said he would not apologise.");

        Assert.True(graph.HasEntity(Person("Mark Cuban")), graph.Describe());
        Assert.False(graph.HasEntity(Country("Cuba")), graph.Describe());
    }

    [Fact]
    public void Extract_NationalityWordBeforeOfficials_StaysTheCountry()
    {
        var graph = Extract("Speaking in Geneva, Zarif Iranian officials said the talks had stalled.");

        Assert.True(graph.HasEntity(Country("Iran")), graph.Describe());
    }

    [Theory]
    [InlineData("Iran struck the Ain al-Asad air base in western Iraq.", "Ain al-Asad Air Base")]
    [InlineData("Militia drones attacked the Al-Tanf garrison on Sunday.", "Al-Tanf Garrison")]
    [InlineData("Jets took off from Bagram airfield at dawn.", "Bagram Airfield")]
    public void Extract_NameBeforeALowercaseBaseHead_IsABaseNamedInTitleCase(string text, string name)
    {
        var graph = Extract(text);

        Assert.Equal(name, graph.Entity(Base(name)).Name);
    }

    [Theory]
    [InlineData("Minister Speaks on Border\n\nThe talks in Oslo went well, officials said.")]
    [InlineData("Envoy Takes Questions\n\nThe talks in Oslo went well, officials said.")]
    public void Extract_ShortTitleCaseHeadline_NamesNoPersonFromItsCapitals(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Person);
    }

    [Fact]
    public void Extract_PlaceCoordinatedBeforeABase_TwoEntitiesNotOne()
    {
        var graph = Extract("Jets bombed the town of Gori and the Vaziani air base.");

        Assert.Equal("Vaziani Air Base", graph.Entity(Base("Vaziani Air Base")).Name);
        Assert.DoesNotContain(graph.Entities, e => e.Entity.Name.Contains(" and ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Soldiers returned to the Iraqi air base.")]
    [InlineData("Soldiers returned to the US military base.")]
    public void Extract_NationalityBeforeABaseHead_IsNotABase(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Base);
    }

    [Fact]
    public void Extract_MultiWordCountryAndOrganisationJoinedByAnd_TwoEntitiesNotOne()
    {
        var graph = Extract("The United States and the European Union have imposed sanctions on Niger's military leaders.");

        Assert.True(graph.HasEntity(Country("United States")), graph.Describe());
        Assert.True(graph.HasEntity(Organisation("European Union")), graph.Describe());
        Assert.DoesNotContain(graph.Entities, e => e.Entity.Name.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RoleThatNamesItsCountryBeforeAnotherTitledPerson_NotBoundToThatPerson()
    {
        // "the Nigerien president" is not the President Deby the sentence names after it.
        var graph = Extract("The Nigerien president visited Chad on Monday and met President Deby.");

        Assert.Equal(1, graph.Entities.Single(e => e.Entity.Name == "Deby").Mentions);
    }

    [Fact]
    public void Extract_RoleThatNamesAnotherCountryThanTheEarlierHolder_NotBoundToThatHolder()
    {
        // "the French president" is not the President Moussa named before, who was not introduced as French.
        var graph = Extract("Berg later met President Ali Moussa. She also spoke by phone with the French president on Monday.");

        Assert.Equal(1, graph.Entities.Single(e => e.Entity.Name == "Ali Moussa").Mentions);
    }

    [Fact]
    public void Extract_RoleBeforeAHolderNamedInALaterSentence_NotBoundToThatHolder()
    {
        // A definite description refers back; "the Minister" here is not the minister the text names later.
        var graph = Extract("The Minister for Africa, Jan Pole, visited Kenya and met President Ana Ruiz. Mr Pole also met Foreign Minister Luis Soto.");

        Assert.Equal(1, graph.Entities.Single(e => e.Entity.Name == "Luis Soto").Mentions);
        Assert.False(graph.Has(RelationshipType.Met, Person("Ana Ruiz"), Person("Luis Soto")) || graph.Has(RelationshipType.Met, Person("Luis Soto"), Person("Ana Ruiz")), graph.Describe());
    }

    [Theory]
    [InlineData("Congolese troops clashed with rebels near Goma.", "DR Congo")]
    [InlineData("The Congolese army deployed to Brazzaville.", "Congo")]
    [InlineData("Congolese soldiers crossed the river.", "DR Congo")]
    public void Extract_DemonymTwoStatesShare_IsTheStateTheArticleNamesOtherwiseElseTheFirstListed(string text, string state)
    {
        var graph = Extract(text);

        var country = Assert.Single(graph.Entities, e => e.Entity.Label == EntityLabel.Country);
        Assert.Equal(state, country.Entity.Name);
    }

    [Fact]
    public void Extract_RoleThatNamesTheCountryTheHolderWasIntroducedWith_BoundToTheHolder()
    {
        var graph = Extract("French President Claire Aubert arrived in Niamey on Monday. Ali Moussa met the French president later.");

        Assert.Equal(2, graph.Entities.Single(e => e.Entity.Name == "Claire Aubert").Mentions);
    }

    [Theory]
    [InlineData("Police clashed overnight with gunmen of the Los Tigrillos gang in the port district.", "Los Tigrillos")]
    [InlineData("A court sentenced three members of the Banda de Quorra cartel on Monday.", "Banda de Quorra")]
    [InlineData("A former commander of the Anti-zorba militia was convicted on Thursday.", "Anti-zorba")]
    public void Extract_UnknownNameBeforeAGroupNoun_IsAnOrganisationNotAPersonOrPlace(string text, string organisation)
    {
        var graph = Extract(text);

        Assert.True(graph.HasEntity(Organisation(organisation)), graph.Describe());
        Assert.DoesNotContain(graph.Entities, e => e.Entity.Name == organisation && e.Entity.Label != EntityLabel.Organisation);
    }

    [Theory]
    [InlineData("K19 rebels seized the town of Ostrava Dolna on Sunday.", "K19")]
    [InlineData("The army fought Zarvan militants near the border.", "Zarvan")]
    public void Extract_UnknownOneWordNameBeforeIrregularFighters_IsTheirGroup(string text, string organisation)
    {
        var graph = Extract(text);

        Assert.True(graph.HasEntity(Organisation(organisation)), graph.Describe());
    }

    [Theory]
    [InlineData("Khalid Zarvan leads the movement. Zarvan fighters attacked the village of Kibua.")] // fighters loyal to a named person
    [InlineData("Zarvani fighters attacked the village of Kibua.")] // a people's adjective names no group
    public void Extract_NameBeforeIrregularFightersThatIsAPersonOrAPeople_IsNoOrganisation(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Organisation);
    }

    [Theory]
    // A politician's following: "coalition", "faction", "movement" also follow a person's name.
    [InlineData("Critics say the Anna Berg coalition is fragile. Anna Berg met Tomas Lind in Oslo on Friday.", "Anna Berg")]
    [InlineData("The Tomas Lind faction walked out. Later Tomas Lind met the mayor.", "Tomas Lind")]
    public void Extract_PersonsNameBeforeAPoliticalGroupNoun_StaysAPerson(string text, string person)
    {
        var graph = Extract(text);

        Assert.True(graph.HasEntity(Person(person)), graph.Describe());
        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Organisation && e.Entity.Name == person);
    }

    [Fact]
    public void Extract_InitialledNameOfADocument_IsNoEntityAndNoPerson()
    {
        var graph = Extract("The Joint Plan of Action (JPA) was signed in Vardo on Monday.");

        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label is EntityLabel.Organisation or EntityLabel.Person);
    }

    [Fact]
    public void Extract_GroupNamedAloneAfterItsGroupNoun_IsTheSameOrganisation()
    {
        var graph = Extract("Soldiers fought the Los Tigrillos gang overnight. Los Tigrillos later denied any role in the killings.");

        Assert.Equal(2, graph.Entities.Single(e => e.Entity.Id == Organisation("Los Tigrillos")).Mentions);
        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Person);
    }

    [Fact]
    public void Extract_NameFollowedByItsInitialsInBrackets_IsAnOrganisationWithTheInitialsAsAlias()
    {
        var graph = Extract("Fighters of the Vardic State Coast Province (VSCP) attacked a patrol on Sunday. The VSCP later claimed the raid.");

        var entity = graph.Entity(Organisation("Vardic State Coast Province"));
        Assert.Equal(["VSCP"], entity.Aliases);
        Assert.Single(graph.Entities);
    }

    [Theory]
    [InlineData("Anna Maria Berg (AMB) spoke first.")]
    [InlineData("Officials from the United Arab Emirates (UAE) attended.")]
    public void Extract_PersonalNameOrCountryFollowedByItsInitials_IsNotAnOrganisation(string text)
    {
        var graph = Extract(text);

        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Organisation);
    }
}
