using Bot.Core.Extraction.Attribution;

namespace Bot.Core.Tests.Extraction.Attribution;

public sealed class AttributionFinderTests
{
    [Theory]
    [InlineData("The mayor said the bridge would reopen in May.", "The mayor", "said", "the bridge would reopen in May")]
    [InlineData("The mayor said that the bridge would reopen in May.", "The mayor", "said", "that the bridge would reopen in May")]
    [InlineData("The mayor says the bridge will reopen in May.", "The mayor", "says", "the bridge will reopen in May")]
    [InlineData("The bridge will reopen in May, the mayor said.", "the mayor", "said", "The bridge will reopen in May")]
    [InlineData("The bridge will reopen in May, said Jane Smith.", "Jane Smith", "said", "The bridge will reopen in May")]
    [InlineData("Mr. Lee told reporters on Monday that the talks had stalled.", "Mr. Lee", "told", "that the talks had stalled")]
    [InlineData("The mayor said on Friday that the bridge was safe.", "The mayor", "said", "that the bridge was safe")]
    [InlineData("Jane Smith, the city's lawyer, said that the suit was baseless.", "Jane Smith", "said", "that the suit was baseless")]
    [InlineData("Sen. Ann Lee (D-Ore.) said the bill would pass.", "Sen. Ann Lee (D-Ore.)", "said", "the bill would pass")]
    [InlineData("The governor, in a speech to farmers, vowed to cut taxes.", "The governor", "vowed", "to cut taxes")]
    [InlineData("On Tuesday, the agency revealed that the dam had cracked.", "the agency", "revealed", "that the dam had cracked")]
    [InlineData("The company has repeatedly promised customers that prices will stay low.", "The company", "promised", "that prices will stay low")]
    [InlineData("The company also denied the allegations.", "The company", "denied", "the allegations")]
    [InlineData("Local news website City Daily reported that the mayor had resigned.", "Local news website City Daily", "reported", "that the mayor had resigned")]
    [InlineData("Several workers acknowledged that the alarms were switched off.", "Several workers", "acknowledged", "that the alarms were switched off")]
    [InlineData("Prices rose again last year, the bank noted.", "the bank", "noted", "Prices rose again last year")]
    [InlineData("While the judge found that the law was void, the ruling was overturned.", "the judge", "found", "that the law was void")]
    [InlineData("Tomas Varga, director of research at the Kellerman Institute for Housing, said renters still want short leases.", "Tomas Varga", "said", "renters still want short leases")]
    [InlineData("The senator urged farmers to join the new cooperative, and criticized the ministry's slow payments.", "The senator", "urged", "farmers to join the new cooperative")]
    [InlineData("The mayor noted that the lake has flooded twice ― as happened in the years before the dam ― and left.", "The mayor", "noted", "that the lake has flooded twice")]
    [InlineData("They said the manager rated the drivers by speed and ranked them weekly.", "They", "said", "the manager rated the drivers by speed and ranked them weekly")]
    [InlineData("The F.D.A. said it would review the drug again.", "The F.D.A.", "said", "it would review the drug again")]
    [InlineData("Last week at a fundraiser with donors from the shipping industry she attacked the harbour tax.", "she", "attacked", "the harbour tax")]
    [InlineData("The governor is demanding that the refinery close by June.", "The governor", "is demanding", "that the refinery close by June")]
    [InlineData("Lena Voss is once again questioning the count in the third ward.", "Lena Voss", "is once again questioning", "the count in the third ward")]
    [InlineData("The Real Clear Politics average of polls taken over the past two weeks shows Clinton ahead.", "The Real Clear Politics average of polls taken over the past two weeks", "shows", "Clinton ahead")]
    [InlineData("The experts praised the mayor's proposals to help shops, which include a tax credit.", "The experts", "praised", "the mayor's proposals to help shops")]
    [InlineData("The court rejected the appeal, citing a lack of evidence.", "The court", "rejected", "the appeal")]
    [InlineData("The mayor said the bridge, which opened in 1990, was safe.", "The mayor", "said", "the bridge, which opened in 1990, was safe")]
    [InlineData("The gate was left open overnight, police said.", "police", "said", "The gate was left open overnight")]
    [InlineData("Said Okafor: “The levy will pass.”", "Okafor", "Said", "“The levy will pass.”")]
    [InlineData("\"The levy is fair,\" reported the Dayton Star.", "the Dayton Star", "reported", "\"The levy is fair,\"")]
    [InlineData("In her 2009 book, \"Saving for the Long Haul,\" Ms. Reyes suggested a monthly transfer.", "Ms. Reyes", "suggested", "a monthly transfer")]
    [InlineData("Everyone I interviewed said the levy was fair.", "Everyone I interviewed", "said", "the levy was fair")]
    [InlineData("The report states that costs will rise.", "The report", "states", "that costs will rise")]
    [InlineData("The union plans to strike in May.", "The union", "plans", "to strike in May")]
    [InlineData("The aldermen have not said when they will vote.", "The aldermen", "said", "when they will vote")]
    [InlineData("Since May, he's sought to cut the levy.", "he", "sought", "to cut the levy")]
    [InlineData("The mayor and her aides said the levy would pass.", "The mayor and her aides", "said", "the levy would pass")]
    [InlineData("In a radio interview Okafor said the levy would pass.", "Okafor", "said", "the levy would pass")]
    [InlineData("In the coming weeks the union plans to strike.", "the union", "plans", "to strike")]
    [InlineData("At a forum in Dayton on Monday, one farmer claimed that the levy was unfair.", "one farmer", "claimed", "that the levy was unfair")]
    [InlineData("But the retired judge and former senator said the levy would pass.", "the retired judge and former senator", "said", "the levy would pass")]
    [InlineData("The levy passed, and the union said it was pleased.", "the union", "said", "it was pleased")]
    [InlineData("Okafor said the city and its lenders will sign the deal.", "Okafor", "said", "the city and its lenders will sign the deal")]
    [InlineData("They've called for a new vote on the levy.", "They", "called for", "a new vote on the levy")]
    [InlineData("The two mayors haven't said much about the levy.", "The two mayors", "said", "much about the levy")]
    [InlineData("\"The levy is fair,\" said Del. Ann Lee of Fairfax.", "Del. Ann Lee of Fairfax", "said", "\"The levy is fair,\"")]
    [InlineData("“The levy is fair,” said Rep. J.R. Okafor (D-Ohio).", "Rep. J.R. Okafor (D-Ohio)", "said", "“The levy is fair,”")]
    [InlineData("DAYTON -- Mayor Ann Lee, opening the bridge on Saturday, said it would carry 9,000 cars a day.", "Mayor Ann Lee", "said", "it would carry 9,000 cars a day")]
    [InlineData("LOS ANGELES, Sept. 28 (UPI) — Ann Lee, the city's engineer, said the dam was sound.", "Ann Lee", "said", "the dam was sound")]
    [InlineData("Okafor, who in 2010 said the levy was unfair, voted for it on Monday.", "Okafor", "said", "the levy was unfair")]
    [InlineData("Then someone asked how the levy would be spent.", "someone", "asked", "how the levy would be spent")]
    [InlineData("Okafor, 61, who has chaired the board for a decade, told reporters that the levy would pass.", "Okafor", "told", "that the levy would pass")]
    [InlineData("Republican nominee Ann Lee, in particular, has sharply criticized the levy.", "Republican nominee Ann Lee", "criticized", "the levy")]
    [InlineData("Ann Lee, for her part, has also said the levy would go.", "Ann Lee", "said", "the levy would go")]
    [InlineData("In an interview on WXRT's \"Morning Desk,\" Mayor Ann Lee said the levee would hold.", "Mayor Ann Lee", "said", "the levee would hold")]
    [InlineData("Lee told the station's \"Morning Desk\" that the levee would hold.", "Lee", "told", "that the levee would hold")]
    [InlineData("Lee told WXRT’s “Morning Desk” that the levee would hold.", "Lee", "told", "that the levee would hold")]
    [InlineData("In her 2001 memoir, Quiet Rooms, Vega described the illness.", "Vega", "described", "the illness")]
    [InlineData("The levee will be raised next year, Sen. Ann Lee (D-Ore.) told The Daily Star on Thursday.", "Sen. Ann Lee (D-Ore.)", "told", "The levee will be raised next year")]
    [InlineData("The levee will be raised next year, the mayor told reporters.", "the mayor", "told", "The levee will be raised next year")]
    [InlineData("The union praised the mayor's work on the harbour but also had to delay the vote.", "The union", "praised", "the mayor's work on the harbour")]
    [InlineData("The bank agreed to lend the city $5 million, and the union also stepped in with money.", "The bank", "agreed", "to lend the city $5 million")]
    [InlineData("The council called for more school funding in a statement on Thursday.", "The council", "called for", "more school funding")]
    [InlineData("The footage shows that the driver had stopped, contradicting the company's account.", "The footage", "shows", "that the driver had stopped")]
    [InlineData("The footage shows that the driver stopped, including at the crossing.", "The footage", "shows", "that the driver stopped, including at the crossing")]
    [InlineData("Since the flood, elected officials from both towns say the levee needs work.", "elected officials from both towns", "say", "the levee needs work")]
    [InlineData("\"Neighbours tell me, 'We cannot wait another winter,'\" said Ruth Okafor.", "Ruth Okafor", "said", "\"Neighbours tell me, 'We cannot wait another winter,'\"")]
    [InlineData("“Neighbours tell me, ‘We cannot wait another winter,’” Ruth Okafor said.", "Ruth Okafor", "said", "“Neighbours tell me, ‘We cannot wait another winter,’”")]
    public void Find_ReadsCueVerbFrames(string sentence, string source, string cue, string content)
    {
        var a = Outermost(sentence);
        Assert.Equal(source, a.Source.Of(sentence));
        Assert.Equal(cue, a.Cue.Of(sentence));
        Assert.Equal(content, a.Content[0].Of(sentence));
    }

    [Theory]
    [InlineData("The union backed the harbour levy.", "The union", "backed", "the harbour levy")]
    [InlineData("Mayor Ann Lee has long championed cheaper ferries.", "Mayor Ann Lee", "championed", "cheaper ferries")]
    [InlineData("Most farmers viewed the tariff as a tax on their work.", "Most farmers", "viewed", "the tariff as a tax on their work")]
    [InlineData("The board decided to close the clinic in June.", "The board", "decided", "to close the clinic in June")]
    [InlineData("Okafor knew the bridge was unsafe.", "Okafor", "knew", "the bridge was unsafe")]
    [InlineData("The council unveiled a plan to rebuild the pier.", "The council", "unveiled", "a plan to rebuild the pier")]
    [InlineData("Ruth Okafor has portrayed herself as a friend of small shops.", "Ruth Okafor", "portrayed", "herself as a friend of small shops")]
    [InlineData("The senator voted against the levy.", "The senator", "voted", "against the levy")]
    [InlineData("Most economists know the levy is too small.", "Most economists", "know", "the levy is too small")]
    [InlineData("Many farmers agree that the levy is fair.", "Many farmers", "agree", "that the levy is fair")]
    [InlineData("Shop owners complain that the levy is too high.", "Shop owners", "complain", "that the levy is too high")]
    [InlineData("The bishop spoke of the flood's victims.", "The bishop", "spoke of", "the flood's victims")]
    [InlineData("Okafor talked about raising the levy.", "Okafor", "talked about", "raising the levy")]
    [InlineData("The coach has complimented the young referee.", "The coach", "complimented", "the young referee")]
    [InlineData("The mayor pointed to the flood as proof.", "The mayor", "pointed to", "the flood as proof")]
    [InlineData("Two aldermen weighed in on the levy.", "Two aldermen", "weighed in", "on the levy")]
    [InlineData("The choir sang a hymn for the flood's victims.", "The choir", "sang", "a hymn for the flood's victims")]
    public void Find_ReadsVerbsOfStance(string sentence, string source, string cue, string content)
    {
        var a = Outermost(sentence);
        Assert.Equal(source, a.Source.Of(sentence));
        Assert.Equal(cue, a.Cue.Of(sentence));
        Assert.Equal(content, a.Content[0].Of(sentence));
    }

    [Theory]
    [InlineData("The mayor did not want to raise the levy.", "The mayor", "did not want", "to raise the levy")]
    [InlineData("Okafor doesn't think the ferry will run.", "Okafor", "doesn't think", "the ferry will run")]
    [InlineData("Most farmers would back a lower tariff.", "Most farmers", "would back", "a lower tariff")]
    [InlineData("The agency did not immediately respond to a request for comment.", "The agency", "did not immediately respond", "to a request for comment")]
    [InlineData("Two surveys have shown that rents are falling.", "Two surveys", "have shown", "that rents are falling")]
    [InlineData("The mayor has known about the cracks since May.", "The mayor", "has known", "about the cracks since May")]
    [InlineData("Okafor appeared to suggest that the levy was unfair.", "Okafor", "appeared to suggest", "that the levy was unfair")]
    [InlineData("The minister went on to discuss the harbour levy.", "The minister", "went on to discuss", "the harbour levy")]
    public void Find_ReadsAVerbAfterAModalOrPerfectAuxiliary(string sentence, string source, string cue, string content)
    {
        var a = Outermost(sentence);
        Assert.Equal(source, a.Source.Of(sentence));
        Assert.Equal(cue, a.Cue.Of(sentence));
        Assert.Equal(content, a.Content[0].Of(sentence));
    }

    [Theory]
    [InlineData("Reporters checked Okafor's claim that the dam leaks.", "Okafor's", "claim", "that the dam leaks")]
    [InlineData("The column skipped over his disdain for the harbour levy.", "his", "disdain", "for the harbour levy")]
    [InlineData("The new ad replays her infamous remarks about the ferry.", "her", "remarks", "about the ferry")]
    public void Find_ReadsAPossessorAndANounOfStance(string sentence, string source, string cue, string content)
    {
        var a = Assert.Single(AttributionFinder.Find(sentence), a => a.Cue.Of(sentence) == cue);
        Assert.Equal(source, a.Source.Of(sentence));
        Assert.Equal(content, a.Content[0].Of(sentence));
    }

    [Theory]
    [InlineData("Okafor, speaking to farmers in Dayton, said the levy would pass.", "Okafor")]
    [InlineData("Mayor Ann Lee, at a later briefing, said the levy would pass.", "Mayor Ann Lee")]
    [InlineData("Okafor, appearing after Lee at the forum, cited the flood.", "Okafor")]
    [InlineData("“The port is safe,” said Ana Ruiz, summing up the talks.", "Ana Ruiz")]
    [InlineData("“The port is safe,” said Ana Ruiz, who stressed that the dock needs work.", "Ana Ruiz")]
    public void Find_LeavesAnAsideOfTheOccasionOutOfTheSpeaker(string sentence, string source)
    {
        var a = Outermost(sentence);
        Assert.Equal(source, a.Source.Of(sentence));
        Assert.Null(a.SourceExtent);
    }

    [Theory]
    [InlineData("The clip ends with footage of Okafor saying, \"The levy will pass.\"", "Okafor", "saying", "\"The levy will pass.\"")]
    [InlineData("The panel met in May, with experts offering their views on the levy.", "experts", "offering", "their views on the levy")]
    public void Find_ReadsASpeakerAndParticipleAfterWithOrOf(string sentence, string source, string cue, string content)
    {
        var a = Assert.Single(AttributionFinder.Find(sentence), a => a.Cue.Of(sentence) == cue);
        Assert.Equal(source, a.Source.Of(sentence));
        Assert.Equal(content, a.Content[0].Of(sentence));
    }

    [Fact]
    public void Find_PossessiveNounInsideReportedContent_NeverHoldsTheReportingFrame()
    {
        const string sentence = "Kim's refusal to answer hurt the talks, a source in the room said.";
        var a = Assert.Single(AttributionFinder.Find(sentence));
        Assert.Equal("a source in the room", a.Source.Of(sentence));
        Assert.Equal("Kim's refusal to answer hurt the talks", a.Content[0].Of(sentence));
    }

    [Theory]
    [InlineData("Okafor's plan was approved in May.")]
    [InlineData("The storm's threat to the harbour grew overnight.")]
    public void Find_PossessiveNounWithoutItsContent_IsNoAttribution(string sentence) =>
        Assert.Empty(AttributionFinder.Find(sentence));

    [Theory]
    [InlineData("After a long hearing on the harbour, Okafor backed the levy.", "the levy")]
    [InlineData("When the vote came, the senator voted for it.", "for it")]
    public void Find_StanceVerb_NeverTakesTheClauseBeforeItsSubject(string sentence, string content)
    {
        var a = Outermost(sentence);
        Assert.Equal(content, a.Content[0].Of(sentence));
    }

    [Theory]
    [InlineData("But Ada Brenner, head of outreach at the Norland Institute for Parks and Rivers, said families still want the old ferry.",
        "Ada Brenner", "Ada Brenner, head of outreach at the Norland Institute for Parks and Rivers", "families still want the old ferry")]
    [InlineData("Karl Osei, who served as U.N. envoy to Malta from 2010 until last spring, said the port deal had been signed in 2009.",
        "Karl Osei", "Karl Osei, who served as U.N. envoy to Malta from 2010 until last spring", "the port deal had been signed in 2009")]
    [InlineData("Maria Lopez, of Dayton, Ohio, said she had waited two hours to vote.",
        "Maria Lopez", "Maria Lopez, of Dayton, Ohio", "she had waited two hours to vote")]
    [InlineData("Bo Lind, of Tacoma, said the line was short.", "Bo Lind", "Bo Lind, of Tacoma", "the line was short")]
    [InlineData("\"The rule is an overreach,\" Tom Hale, the Democratic treasurer of Iowa, said at a forum last week.",
        "Tom Hale", "Tom Hale, the Democratic treasurer of Iowa", "\"The rule is an overreach,\"")]
    [InlineData("\"The rule is an overreach,\" Tom Hale, the Democratic treasurer of Iowa, one of the states in the suit, said at a forum.",
        "Tom Hale", "Tom Hale, the Democratic treasurer of Iowa, one of the states in the suit", "\"The rule is an overreach,\"")]
    [InlineData("Kall -- co-editor of a book on the debates -- said the candidate tended to make announcements.",
        "Kall", "Kall -- co-editor of a book on the debates --", "the candidate tended to make announcements")]
    [InlineData("Ann Roe — a lawyer for the county — said the ruling would be appealed.",
        "Ann Roe", "Ann Roe — a lawyer for the county —", "the ruling would be appealed")]
    [InlineData("\"The port is our weak spot,\" said Luis Ortega, who runs the harbour board.",
        "Luis Ortega", "Luis Ortega, who runs the harbour board", "\"The port is our weak spot,\"")]
    [InlineData("\"The port is our weak spot,\" said Ana Ruiz, a pilot on the river.",
        "Ana Ruiz", "Ana Ruiz, a pilot on the river", "\"The port is our weak spot,\"")]
    public void Find_TakesTheNameAndItsAppositiveAsTheSpeaker(string sentence, string source, string extent, string content)
    {
        var a = Outermost(sentence);
        Assert.Equal(source, a.Source.Of(sentence));
        Assert.Equal(extent, a.SourceExtent?.Of(sentence));
        Assert.Equal(content, a.Content[0].Of(sentence));
    }

    [Theory]
    [InlineData("A survey found that most voters oppose the plan.", "A survey", "found")]
    [InlineData("The documents show that the firm paid the fee.", "The documents", "show")]
    [InlineData("The recordings showed that the managers knew.", "The recordings", "showed")]
    [InlineData("The finding was that the dam had failed.", "The finding", "was")]
    [InlineData("The data suggest that rents have peaked.", "The data", "suggest")]
    public void Find_TakesDocumentsAndDataAsSpeakers(string sentence, string source, string cue)
    {
        var a = Outermost(sentence);
        Assert.Equal(source, a.Source.Of(sentence));
        Assert.Equal(cue, a.Cue.Of(sentence));
    }

    [Theory]
    [InlineData("According to the ministry, exports rose by 4%.", "the ministry", "exports rose by 4%")]
    [InlineData("Exports rose by 4%, according to the ministry.", "the ministry", "Exports rose by 4%")]
    [InlineData("Exports rose by 4% last year, according to figures from the central bank.", "figures from the central bank", "Exports rose by 4% last year")]
    [InlineData("According to the county's chief surveyor, Marta Quist, the survey will end in July.", "Marta Quist", "the survey will end in July")]
    [InlineData("According to the port's harbour master, Ode Lanning, two cranes failed.", "Ode Lanning", "two cranes failed")]
    [InlineData("According to police, Ray Fenn, a driver, was not hurt.", "police", "Ray Fenn, a driver, was not hurt")]
    public void Find_ReadsAccordingTo(string sentence, string source, string content)
    {
        var a = Outermost(sentence);
        Assert.Equal(source, a.Source.Of(sentence));
        Assert.Equal(content, a.Content[0].Of(sentence));
    }

    [Theory]
    [InlineData("The minister's remarks were criticized by opposition leader Jane Smith.", "opposition leader Jane Smith", "criticized", "The minister's remarks")]
    [InlineData("The plan was rejected by the council on Monday.", "the council", "rejected", "The plan")]
    public void Find_ReadsPassiveWithBy(string sentence, string source, string cue, string content)
    {
        var a = Outermost(sentence);
        Assert.Equal(source, a.Source.Of(sentence));
        Assert.Equal(cue, a.Cue.Of(sentence));
        Assert.Equal(content, a.Content[0].Of(sentence));
    }

    [Theory]
    [InlineData("\"We are ready,\" the mayor said.", "the mayor", "\"We are ready,\"")]
    [InlineData("“We are ready,” said the mayor.", "the mayor", "“We are ready,”")]
    [InlineData("The mayor said: \"We are ready.\"", "The mayor", "\"We are ready.\"")]
    [InlineData("The mayor said at a news conference: “We are ready.”", "The mayor", "“We are ready.”")]
    public void Find_MarksQuotationsDirect(string sentence, string source, string content)
    {
        var a = Outermost(sentence);
        Assert.Equal(source, a.Source.Of(sentence));
        Assert.Equal(content, a.Content[0].Of(sentence));
        Assert.True(a.Direct);
    }

    [Theory]
    [InlineData("The rules forbid \"coordinated inauthentic behavior,\" the company said.")]
    [InlineData("The company said its rules forbid \"coordinated inauthentic behavior\" on the app.")]
    public void Find_KeepsPartialQuotesIndirect(string sentence) => Assert.False(Outermost(sentence).Direct);

    [Fact]
    public void Find_QuotedAsSaying_KeepsTheReporterAsVia()
    {
        const string sentence = "The newspaper quoted an aide as saying that the plan was dead.";
        var a = Outermost(sentence);
        Assert.Equal("an aide", a.Source.Of(sentence));
        Assert.Equal("The newspaper", a.Via!.Value.Of(sentence));
        Assert.Equal("that the plan was dead", a.Content[0].Of(sentence));
    }

    [Theory]
    [InlineData("The spokesman dismissed the report, calling it a fabrication.", "dismissed", "the report", "calling", "it a fabrication")]
    [InlineData("The senator backed the bill, saying it would create jobs.", "backed", null, "saying", "it would create jobs")]
    [InlineData("Ms. Lee says the plan failed and said she would resign.", "says", "the plan failed", "said", "she would resign")]
    public void Find_ParticiplesAndCoordinatedVerbsAddAStatementBySameSpeaker(
        string sentence, string firstCue, string? firstContent, string secondCue, string secondContent)
    {
        var found = AttributionFinder.Find(sentence);
        var second = Assert.Single(found, a => a.Cue.Of(sentence) == secondCue);
        Assert.Equal(secondContent, second.Content[0].Of(sentence));
        if (firstContent is not null)
        {
            var first = Assert.Single(found, a => a.Cue.Of(sentence) == firstCue);
            Assert.Equal(firstContent, first.Content[0].Of(sentence));
            Assert.Equal(first.Source, second.Source);
        }
    }

    [Theory]
    [InlineData("Cruz urged voters to stay home and said he would not endorse anyone.", "said", "Cruz", "he would not endorse anyone")]
    [InlineData("Sen. Ann Lee (D-Ore.) visited the plant on Monday and said the jobs would stay.", "said", "Sen. Ann Lee (D-Ore.)", "the jobs would stay")]
    [InlineData("But Okafor, like her rival, toured the site and later said the plan was sound.", "said", "Okafor", "the plan was sound")]
    [InlineData("The senator backed the bill and said it would create jobs.", "said", "The senator", "it would create jobs")]
    [InlineData("Democratic candidate Ann Lee has urged allies to spend more but has said she will hold firm.", "said", "Democratic candidate Ann Lee", "she will hold firm")]
    [InlineData("Okafor toured the plant on Monday and vowed to keep it open.", "vowed", "Okafor", "to keep it open")]
    [InlineData("The mayor toured the plant on Monday and vowed to keep it open.", "vowed", "The mayor", "to keep it open")]
    [InlineData("In her speech, Okafor urged voters to back the levy, and criticized the board's delays.", "criticized", "Okafor", "the board's delays")]
    [InlineData("After saying the levy was unfair, Okafor voted for it.", "saying", "Okafor", "the levy was unfair")]
    [InlineData("After saying her knee was “too sore to run on,” she withdrew from the race.", "saying", "she", "her knee was “too sore to run on,”")]
    [InlineData("Okafor, the council's treasurer, then appeared on the radio and began by saying the levy was unfair.", "saying", "Okafor", "the levy was unfair")]
    public void Find_SpeechVerbWithNoSpeakerBesideIt_IsTheClauseSubjects(string sentence, string cue, string source, string content)
    {
        var statement = Assert.Single(AttributionFinder.Find(sentence), a => a.Cue.Of(sentence) == cue);
        Assert.Equal(source, statement.Source.Of(sentence));
        Assert.Equal(content, statement.Content[0].Of(sentence));
    }

    [Fact]
    public void Find_SpeechVerbCoordinatedWithSaidThat_IsNotGivenToTheSpeakerInsideTheClause()
    {
        const string sentence = "Mayor Jane Roe said that she thinks the video should be released but said the timing matters.";
        var found = AttributionFinder.Find(sentence);
        Assert.DoesNotContain(found, a => a.Source.Of(sentence) == "she" && a.Cue.Of(sentence) == "said");
        Assert.Contains(found, a => a.Source.Of(sentence) == "Mayor Jane Roe" && a.Cue.Of(sentence) == "said");
    }

    [Theory]
    [InlineData("The bridge reopened in May.")]
    [InlineData("Mr. Lee scrutinized reports like the 2014 audit.")]
    [InlineData("The farm vote in several swing states could be decisive in a close race.")]
    [InlineData("Following initial reports of the flood, the roads were closed.")]
    [InlineData("The candidates' plans don't hold out much hope for renters.")]
    [InlineData("He was told to leave the building.")]
    [InlineData("The show starts at nine.")]
    [InlineData("The two taped an hourlong show that aired on Thursday.")]
    [InlineData("Having said that, the plan stands.")]
    [InlineData("\"I said no,\" is the title of the song.")]
    [InlineData("The union will not back down after the vote.")]
    [InlineData("The board called off the strike.")]
    [InlineData("The two ministers spoke for about an hour.")]
    [InlineData("The mayor sang at church every week.")]
    [InlineData("The agency detailed in its filings how the money was spent.")]
    [InlineData("The mayor called into a radio program on Monday.")]
    public void Find_IgnoresSentencesWithoutAttribution(string sentence) =>
        Assert.DoesNotContain(AttributionFinder.Find(sentence), a => !a.Nested);

    [Fact]
    public void Find_MarksAttributionInsideAnotherContentAsNested()
    {
        const string sentence = "The recordings show that several employees mentioned that engineers had access.";
        var found = AttributionFinder.Find(sentence);
        Assert.False(Assert.Single(found, a => a.Cue.Of(sentence) == "show").Nested);
        Assert.True(Assert.Single(found, a => a.Cue.Of(sentence) == "mentioned").Nested);
    }

    [Fact]
    public void Find_ReadsContentOnBothSidesOfAnInterjectedSpeaker()
    {
        const string text = "The museum, the mayor said, will open in May.";
        var a = Outermost(text);
        Assert.Equal("the mayor", a.Source.Of(text));
        Assert.Equal(["The museum", "will open in May"], a.Content.Select(c => c.Of(text)));
    }

    [Theory]
    [InlineData("“Every time you say that,” Tester said, referring to the excuse, “you give them ammunition.”", "Tester")]
    [InlineData("“It was common ground,” said Jane Doe, an adviser to the president whom he recruited. “It will be first.”", "Jane Doe")]
    public void Find_JoinsTheQuotationThatContinuesAfterTheSpeaker(string text, string source)
    {
        var a = Outermost(text);
        Assert.Equal(source, a.Source.Of(text));
        Assert.Equal(2, a.Content.Count);
        Assert.True(a.Direct);
    }

    [Fact]
    public void Find_ReadsAQuotationSignedWithADash()
    {
        const string text = "“I voted early this year.” ― Ana Lopez. “Nothing will change.” ― Tom Reed.";
        var found = AttributionFinder.Find(text);
        Assert.Equal(["Ana Lopez", "Tom Reed"], found.Select(a => a.Source.Of(text)));
        Assert.Equal("“Nothing will change.”", found[1].Content[0].Of(text));
        Assert.All(found, a => Assert.True(a.Direct));
    }

    [Fact]
    public void Find_GivesALaterQuotationToTheParticipleThatIntroducesIt()
    {
        const string text = "“The roads are a disgrace,” Dana Holt said, adding, “We will fix them by spring.”";
        var found = AttributionFinder.Find(text);
        var said = found.Single(a => a.Cue.Of(text) == "said");
        var adding = found.Single(a => a.Cue.Of(text) == "adding");
        Assert.Equal(["“The roads are a disgrace,”"], said.Content.Select(c => c.Of(text)));
        Assert.Equal(["“We will fix them by spring.”"], adding.Content.Select(c => c.Of(text)));
    }

    private static FoundAttribution Outermost(string sentence) => AttributionFinder.Find(sentence).First(a => !a.Nested);
}
