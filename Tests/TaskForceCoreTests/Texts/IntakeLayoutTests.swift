import Testing
@testable import TaskForceCore

/// The layouts of issue 16 item 4, each on a few lines written for the test.
struct IntakeLayoutTests {
    func numbers(_ text: String) -> [String] {
        TextSplitter.split(text, file: "t.md").articles.map(\.number)
    }

    @Test func markdownBoldItalicLabels() {
        let split = TextSplitter.split("# Titre Ier\n\n### Section I. Du Roi.\n\n***Article 1***  \nLa Belgique.\n\n***Article 7bis***  \nDurable.\n", file: "c.md")
        #expect(split.articles.map(\.number) == ["1", "7bis"])
        #expect(split.articles.map(\.text) == ["La Belgique.", "Durable."])
        #expect(split.articles.map(\.label) == ["Article 1", "Article 7bis"])
    }

    @Test func dutchHeadingWithoutDot() {
        let split = TextSplitter.split("Artikel 1 Toepassingsgebied\nDeze wet geldt.\n\nArtikel 2 Begrippen\nIn deze wet.\n", file: "w.txt")
        #expect(split.articles.map(\.number) == ["1", "2"])
        #expect(split.articles.map(\.heading) == ["Toepassingsgebied", "Begrippen"])
        // References and sentences stay text.
        #expect(numbers("Artikel 1. Een.\nArtikel 389 is van toepassing.\nArticle 114 thereof\n") == ["1"])
        #expect(numbers("Artikel 1. Een.\nArtikel 3 Regeling bedoeld in de wet, met een zin die doorloopt.\n") == ["1"])
    }

    @Test func bodyLinesThatWouldReadAsDutchHeadingsAreEscaped() {
        let text = ImportedText(title: "T", language: "en", units: [
            .article(label: "Article 1", number: "1", heading: nil, body: ["Article 5 Directive 2009/138/EC"]),
        ])
        #expect(text.rendered().contains("\\Article 5 Directive 2009/138/EC"))
        #expect(TextSplitter.split(text.rendered(), file: "t.md").articles.map(\.number) == ["1"])
    }

    @Test func dottedDutchNumbers() {
        let split = TextSplitter.split("Artikel 1.1 Begrippen\nIn deze wet.\n\nArtikel 1.2 Doel\nDe wet.\n\nArtikel 2.3.4a\nNog.\n", file: "w.txt")
        #expect(split.articles.map(\.number) == ["1.1", "1.2", "2.3.4a"])
        #expect(split.articles.map(\.heading) == ["Begrippen", "Doel", nil])
        // Justel's `Art. 356.4.` stays article 356, `Art. 2.3°` article 2.
        #expect(numbers("Art. 356.4. Texte.\n") == ["356"])
        #expect(numbers("Art. 2.3° texte.\n") == ["2"])
    }

    @Test func doubledLetterSuffixes() {
        #expect(numbers("Artikel 18a. Een.\nArtikel 18aa. Twee.\nArtikel 18b. Drie.\n") == ["18a", "18aa", "18b"])
        #expect(numbers("Section 52A. One.\nSection 52AA. Two.\n") == ["52a", "52aa"])
        #expect(ArticleNumber.Key("18a") < ArticleNumber.Key("18aa"))
        #expect(ArticleNumber.Key("18aa") < ArticleNumber.Key("18b"))
    }

    @Test func frenchSenateAdditionalArticles() {
        #expect(numbers("Article 1er A\nLe code.\n\nArticle 1er\nLa loi.\n\nArticle 1er bis\nEncore.\n") == ["1a", "1", "1bis"])
    }

    /// No text in ../shared holds a Senate `Article 1er A`. What they hold is a capital A
    /// (for "À") opening the article's sentence: the protection de la jeunesse law opens
    /// `Article 1. A l'article 36bis…`, the Code civil's Art. 318 has `§ 1er A moins que…`.
    /// With `1er` that must stay article 1, not become the Senate's `1a`.
    @Test func aCapitalOpeningTheSentenceIsNotASenateSuffix() {
        let split = TextSplitter.split("Loi\n\nArticle 1er. A l'article 36bis de la loi du 8 avril 1965, les mots sont remplacés.\n\nArt. 2. Autre.\n", file: "l.fr.txt")
        #expect(split.articles.map(\.number) == ["1", "2"])
        #expect(split.articles.first?.text.hasPrefix("A l'article 36bis") == true)
        #expect(numbers("Art. 1er. A moins que l'enfant ait la possession d'état.\n\nArt. 2. Autre.\n") == ["1", "2"])
    }

    @Test func paragraafIsAStructureHeading() {
        let split = TextSplitter.split("Hoofdstuk 1. Algemeen\n\nParagraaf 5. Toezicht\n\nArtikel 1. Een.\n", file: "w.txt")
        #expect(split.articles.first?.path == ["Hoofdstuk 1. Algemeen", "Paragraaf 5. Toezicht"])
    }

    @Test func repealedStubsStayArticles() {
        let split = TextSplitter.split("Artikel 1. Een.\n\nArtikel 2 Vervallen\n\nArtikel 3. Drie.\n", file: "w.txt")
        #expect(split.articles.map(\.number) == ["1", "2", "3"])
        #expect(split.articles[1].text == "Vervallen")
        let german = TextSplitter.split("§ 9 Gegenstand\nText.\n\n§ 10 (weggefallen)\n\n§ 11 Ende\nText.\n", file: "g.txt")
        #expect(german.articles.map(\.number) == ["9", "10", "11"])
        #expect(german.articles[1].text == "(weggefallen)")
    }

    @Test func tableOfContentsIsPreambleNotArticles() {
        let split = TextSplitter.split("Loi\n\nArt. 1-3\n\nArt. 1. Un.\nArt. 2. Deux.\nArt. 3. Trois.\n", file: "l.txt")
        #expect(split.articles.map(\.number) == ["1", "2", "3"])
        #expect(split.preamble.text.contains("Art. 1-3"))
        #expect(split.problems.isEmpty)
        #expect(split.notices.count == 1)
        let listed = TextSplitter.split("Inhoud\nArtikel 1 Doel\nArtikel 2 Begrippen\n\nArtikel 1 Doel\nDe wet.\n\nArtikel 2 Begrippen\nWoorden.\n", file: "w.txt")
        #expect(listed.articles.map(\.number) == ["1", "2"])
        #expect(listed.articles.map(\.text) == ["De wet.", "Woorden."])
    }

    @Test func secondInstrumentAfterTheClosingIsReported() {
        let text = "Artikel 1. De wet.\nArtikel 2. Slot.\n\nKondigen deze wet af en bevelen.\n\n30 MAART 1999. - Koninklijk besluit\n\nArtikel 1. Het besluit.\nArtikel 2. Slot.\n"
        let split = TextSplitter.split(text, file: "twee.txt")
        #expect(split.articles.map(\.number) == ["1", "2"])
        #expect(split.closing.text.contains("Het besluit."))
        #expect(split.notices.map(\.line) == [8])
        #expect(split.notices.first?.message.contains("second text") == true)
    }
}
