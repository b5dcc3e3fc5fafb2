import Testing
@testable import TaskForceCore

@Suite("Imported text rendering")
struct ImportedTextRenderingTests {
    @Test func rendersTheTextsFileLayoutExactly() {
        let text = ImportedText(
            title: "Proposal for a REGULATION\n  on new psychoactive substances",
            language: "en",
            metadata: [("source", "/akn/eu/bill"), ("date", "2013-09-17"), ("status", "")],
            preamble: ["THE EUROPEAN PARLIAMENT AND THE COUNCIL,", "Whereas:", "(1) New substances pose risks."],
            units: [
                .heading(level: 1, text: "CHAPTER I - Subject matter - Scope - Definitions"),
                .heading(level: 2, text: "SECTION 1 - General"),
                .article(label: "Article 1", number: "1", heading: "Subject matter and scope",
                         body: ["1. This Regulation establishes rules.", "2. This Regulation shall not apply."]),
                .article(label: "Article 2", number: "2", heading: nil,
                         body: ["For the purpose of this Regulation:", "(a) ‘substance’ means a substance;"]),
                .heading(level: 9, text: "Too deep"),
                .article(label: "Section 3", number: "3", heading: "Review", body: []),
            ],
            closing: ["Done at Brussels,", "For the Council", "The President"])

        #expect(text.rendered() == """
            ---
            title: Proposal for a REGULATION on new psychoactive substances
            source: /akn/eu/bill
            date: 2013-09-17
            ---

            THE EUROPEAN PARLIAMENT AND THE COUNCIL,

            Whereas:

            (1) New substances pose risks.

            # CHAPTER I - Subject matter - Scope - Definitions

            ## SECTION 1 - General

            Article 1
            Subject matter and scope
            1. This Regulation establishes rules.
            2. This Regulation shall not apply.

            Article 2
            For the purpose of this Regulation:
            (a) ‘substance’ means a substance;

            ###### Too deep

            Section 3
            Review

            Done at Brussels,
            For the Council
            The President

            """)
    }

    @Test func rawLinesAreWrittenAsTheyAre() {
        let text = ImportedText(
            title: "2 FEVRIER 1994. - Loi", language: "fr",
            preamble: ["ALBERT II, Roi des Belges,"],
            units: [.rawLines(["", "Article 1. A l'article 36bis :", "  a) un;", "", "", "Art.  2. Deux.", "", ""])])
        #expect(text.rendered() == """
            ---
            title: 2 FEVRIER 1994. - Loi
            ---

            ALBERT II, Roi des Belges,

            Article 1. A l'article 36bis :
              a) un;

            Art.  2. Deux.

            """)
    }

    @Test func linesTheSplitterCouldMisreadAreEscaped() {
        let text = ImportedText(
            title: "T", language: "en",
            preamble: ["# not a title", "Article 5 of the Treaty applies."],
            units: [.article(label: "Article 1", number: "1", heading: "Scope", body: [
                "Article 5. This looks like a label.",
                "Art. 7bis",
                "CHAPTER II",
                "Chapter 3 applies to them.",
                "**bold** text",
                "--- a rule",
                "ANNEX I",
                "“Article 37. Quoted text is safe.”",
                "Article 114 thereof is a reference.",
                "Section 1: supplementary",
            ])])
        let body = text.rendered().split(separator: "\n").drop { $0 != "Scope" }.dropFirst().map(String.init)
        #expect(body == [
            "\\Article 5. This looks like a label.",
            "\\Art. 7bis",
            "\\CHAPTER II",
            "Chapter 3 applies to them.",
            "\\**bold** text",
            "\\--- a rule",
            "\\ANNEX I",
            "“Article 37. Quoted text is safe.”",
            "Article 114 thereof is a reference.",
            "\\Section 1: supplementary",
        ])
        #expect(text.rendered().contains("\n\\# not a title\n"))
        #expect(text.rendered().contains("\nArticle 5 of the Treaty applies.\n"))
    }

    @Test func annexWordsStayAsTheyAreInTheClosingMatter() {
        let text = ImportedText(title: "T", language: "en",
                                units: [.article(label: "Article 1", number: "1", heading: nil, body: ["Text."])],
                                closing: ["Done at Brussels,", "ANNEX I", "Article 3 of the annex."])
        #expect(text.rendered().hasSuffix("\n\nDone at Brussels,\nANNEX I\nArticle 3 of the annex.\n"))
    }

    @Test func expectedNumbersDefaultToTheArticles() {
        let text = ImportedText(title: "T", language: "en", units: [
            .heading(level: 1, text: "PART 1"),
            .article(label: "Article 1er", number: "1", heading: nil, body: []),
            .article(label: "Art. 136Quinquies", number: "136quinquies", heading: nil, body: []),
        ])
        #expect(text.expectedNumbers == ["1", "136quinquies"])
    }

    @Test(arguments: [
        ("Article 1er", "1"), ("Art. 136Quinquies", "136quinquies"), ("Art. 371/1.", "371/1"),
        ("Art. 344-1", "344-1"), ("1", "1"), ("2A", "2a"), ("Artikel 4a", "4a"), ("Section 3", "3"),
        ("Art.5bis", "5bis"), ("Article 5 bis", "5bis"),
    ])
    func labelNumbersAreNormalised(label: String, number: String) {
        #expect(ArticleLabelNumber.normalised(label) == number)
    }
}
