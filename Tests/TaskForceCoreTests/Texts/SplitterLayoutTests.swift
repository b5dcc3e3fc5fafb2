import Testing
@testable import TaskForceCore

/// One row per layout of ARCHITECTURE: Texts: the source, then the numbers, labels and headings
/// the splitter must find. Traps (text that looks like an article but is not) are rows too.
struct SplitterLayoutTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var source: String
        var numbers: [String]
        var labels: [String]? = nil
        var headings: [String?]? = nil
        var language: String? = nil
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "Article 1er then Art. N.",
             source: "Préambule.\n\nArticle 1er. La loi.\n\nArt. 2. Suite.\n",
             numbers: ["1", "2"], labels: ["Article 1er.", "Art. 2."]),
        Case(name: "several spaces after Art.",
             source: "Art.  2. Texte.\nArt.   3. Texte.\n", numbers: ["2", "3"], labels: ["Art.  2.", "Art.   3."]),
        Case(name: "no space after the dot",
             source: "Art. 1.Le texte.\nArt. 2.Dans le cas.\n", numbers: ["1", "2"]),
        Case(name: "Dutch Artikel", source: "Artikel 1. Een.\n\nArtikel 2. Twee.\n", numbers: ["1", "2"]),
        Case(name: "Latin suffixes, any case",
             source: "Art. 5. a\nArt. 5bis\nb\nArt. 5ter. c\nArt. 136Quinquies. d\n",
             numbers: ["5", "5bis", "5ter", "136quinquies"]),
        Case(name: "slash and dash numbers",
             source: "Art. 344-1. a\nArt. 346-1/1. b\nArt. 371/1. c\n", numbers: ["344-1", "346-1/1", "371/1"]),
        Case(name: "EU: label alone, heading on the next line",
             source: "CHAPTER I\nSubject matter\n\nArticle 1\nScope\n1. This Regulation applies.\n\nArticle 2\nDefinitions\nFor the purpose:\n",
             numbers: ["1", "2"], headings: ["Scope", "Definitions"]),
        Case(name: "EU: body on the next line is not a heading",
             source: "Article 1\n1. This applies.\n\nArticle 2\nThis Regulation shall enter into force.\n",
             numbers: ["1", "2"], headings: [nil, nil]),
        Case(name: "Markdown bold labels",
             source: "**Art. 1.** Premier.\n\n**Art. 2.**[1 (renuméroté)]1 Deux.\n\n**Art. 356.4.** <L 2003> Trois.\n",
             numbers: ["1", "2", "356"], labels: ["Art. 1.", "Art. 2.", "Art. 356.4."]),
        Case(name: "Markdown headings with and without space",
             source: "### Artikel  1  \n\nEen.\n\n### Artikel 4a\n\nVier.\n\n###Artikel 8 \n\nAcht.\n",
             numbers: ["1", "4a", "8"]),
        Case(name: "German Art and §",
             source: "Art 1\nDie Würde des Menschen.\n\nArt 2\nJeder hat das Recht.\n",
             numbers: ["1", "2"], language: "de"),
        Case(name: "German § style when no Art. exists",
             source: "§ 1 Geltungsbereich\n(1) Dieses Gesetz gilt.\n\n§ 2 Begriffe\n(1) Im Sinne.\n",
             numbers: ["1", "2"], headings: ["Geltungsbereich", "Begriffe"], language: "de"),
        Case(name: "Belgian § inside articles is not an article",
             source: "Art. 1. § 1er. Un.\n§ 2. Deux.\n\nArt. 2. Trois.\n", numbers: ["1", "2"]),
        Case(name: "UK sections when no article exists",
             source: "Section 1\nPowers\n(1) The Secretary of State may.\n\nSection 2\nInterpretation\n(1) In this Act.\n",
             numbers: ["1", "2"], headings: ["Powers", "Interpretation"]),
        Case(name: "trap: quoted replacement articles",
             source: "Art. 2. L'article 37 est remplacé par :\n\" Article 37. § 1. Le tribunal.\n§ 2. Il peut. \"\n\nArt. 3. Suite.\n\"Art. 417/5. Quoted.\n« Art. 5. Quoted too. »\n",
             numbers: ["2", "3"]),
        Case(name: "trap: an open quotation spanning lines",
             source: "Art. 2. Sont insérés les articles suivants :\n« Art. 53bis. Premier.\nArt. 53ter. Second. »\n\nArt. 3. Suite.\n",
             numbers: ["2", "3"]),
        Case(name: "trap: cross-references at line start",
             source: "Art. 1. Texte\nL'article 389 est applicable.\nArtikel 389 is van toepassing.\n3.   Artikel 1, tweede en derde lid, is van toepassing.\nArticle 114 thereof applies.\nart. 5. lower case\n\nArt. 2. Fin.\n",
             numbers: ["1", "2"]),
        Case(name: "trap: hard-wrapped sentence puts an earlier article at line start",
             source: "Art. 11. Le texte renvoie, conformément à\nArticle 5. de la loi, au juge.\n\nArt. 12. Fin.\n",
             numbers: ["11", "12"]),
        Case(name: "Justel marks and repealed articles",
             source: "Art. 1. [1 texte]1\n----------\n(1)<L 1999-05-04/60, art. 3, 024; En vigueur : 01-01-2000>\nArt. 2. (Abrogé)\nArt. 3 [1 ...]1\nArt. 4 (opgeheven)\n",
             numbers: ["1", "2", "3", "4"]),
        Case(name: "CRLF, BOM, tabs and no-break spaces",
             source: "\u{FEFF}Titre\r\n\r\nArticle\u{00A0}1er.\tUn.\r\n\tArt. 2. Deux.\r\n",
             numbers: ["1", "2"]),
        Case(name: "lone CR line ends", source: "Art. 1. Un.\rArt. 2. Deux.\r", numbers: ["1", "2"]),
        Case(name: "Article premier and roman numerals",
             source: "Article premier. Un.\n\nArticle II. Deux.\n", numbers: ["1", "ii"]),
    ]

    @Test(arguments: cases)
    func layout(_ c: Case) {
        let split = TextSplitter.split(c.source, file: "case.txt", language: c.language)
        #expect(split.articles.map(\.number) == c.numbers)
        if let labels = c.labels { #expect(split.articles.map(\.label) == labels) }
        if let headings = c.headings { #expect(split.articles.map(\.heading) == headings) }
    }

    @Test func structuralPathNestsAndResets() {
        let source = """
            LIVRE Ier. - Des personnes

            TITRE Ier. - Des droits

            CHAPITRE Ier. - Général

            Art. 1. Un.

            CHAPITRE II. - Autre

            Section 1re. - Détail

            Art. 2. Deux.

            TITRE II. - Suite

            Art. 3. Trois.
            """
        let split = TextSplitter.split(source, file: "t.txt")
        #expect(split.articles.map(\.path) == [
            ["LIVRE Ier. - Des personnes", "TITRE Ier. - Des droits", "CHAPITRE Ier. - Général"],
            ["LIVRE Ier. - Des personnes", "TITRE Ier. - Des droits", "CHAPITRE II. - Autre", "Section 1re. - Détail"],
            ["LIVRE Ier. - Des personnes", "TITRE II. - Suite"],
        ])
    }

    @Test func markdownHeadingsBuildThePath() {
        let source = "# Livre I DES PERSONNES.\n\n## Titre I DE LA JOUISSANCE\n\n**Art. 7.** Texte.\n\n## Titre II\n\n**Art. 8.** Texte.\n"
        let split = TextSplitter.split(source, file: "t.md")
        #expect(split.articles.map(\.path) == [
            ["Livre I DES PERSONNES.", "Titre I DE LA JOUISSANCE"], ["Livre I DES PERSONNES.", "Titre II"],
        ])
    }

    @Test func dutchAndEnglishStructureKeywords() {
        let source = "HOOFDSTUK 1. - Algemeen\n\nAfdeling 2. - Begrippen\n\nArtikel 1. Een.\n\nPART 2\nGeneral\n\nArtikel 2. Twee.\n"
        let split = TextSplitter.split(source, file: "t.txt")
        #expect(split.articles[0].path == ["HOOFDSTUK 1. - Algemeen", "Afdeling 2. - Begrippen"])
        #expect(split.articles[1].path == ["PART 2 - General"])
    }

    @Test func frontMatterPreambleAndClosing() {
        let source = """
            ---
            title: Loi de test
            source: écrit pour le test
            ---
            PHILIPPE, Roi des Belges,
            A tous, présents et à venir, Salut.

            Article 1er. La loi.

            Art. 2. Elle entre en vigueur.

            Promulguons la présente loi.
            Donné à Bruxelles, le 1er mai 2026.
            """
        let split = TextSplitter.split(source, file: "t.txt")
        #expect(split.title == "Loi de test")
        #expect(split.frontMatterValue("source") == "écrit pour le test")
        #expect(split.preamble.text == "PHILIPPE, Roi des Belges,\nA tous, présents et à venir, Salut.")
        #expect(split.articles.map(\.text) == ["La loi.", "Elle entre en vigueur."])
        #expect(split.closing.text == "Promulguons la présente loi.\nDonné à Bruxelles, le 1er mai 2026.")
    }

    @Test func titleFallsBackToMarkdownHeadingThenFirstLongLine() {
        #expect(TextSplitter.split("##Besluit van 24 december\n\nArtikel 1. Een.\n", file: "t.md").title
                == "Besluit van 24 december")
        #expect(TextSplitter.split("2013/0305 (COD)\nProposal for a Regulation on things\n\nArticle 1\nScope\n", file: "t.txt").title
                == "Proposal for a Regulation on things")
    }

    @Test func duplicateNumbersAreKeptAndReported() {
        let split = TextSplitter.split("Art. 5. Un.\n\nArt. 5. Deux.\n", file: "dup.txt")
        #expect(split.articles.map(\.number) == ["5", "5"])
        #expect(split.problems.map(\.description) == ["dup.txt:3: article 5 appears twice (first at line 1)"])
    }

    @Test func bodyKeepsParagraphBreaksAndFootnotes() {
        let split = TextSplitter.split("Art. 1. Un.\n§ 2. Deux.\n\n> 1: L 2018-06-18/03\n\nArt. 2. X.\n", file: "t.md")
        #expect(split.articles[0].text == "Un.\n§ 2. Deux.\n\n> 1: L 2018-06-18/03")
    }

    @Test func notesAfterAStructureHeadingStayWithTheHeading() {
        let split = TextSplitter.split("### Chapitre I  [1 ...]1\n\n> 1: L 2018\n\n**Art. 3.** Texte.\n", file: "t.md")
        #expect(split.preamble.isEmpty)
        #expect(split.headings.first?.notes.text == "> 1: L 2018")
    }
}
