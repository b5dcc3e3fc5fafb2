import Foundation
import Testing
@testable import TaskForceCore

@Suite("Akoma Ntoso importer")
struct AkomaNtosoImporterTests {
    // MARK: real texts

    @Test(.enabled(if: SharedTexts.availableOrCI, "../shared/texts not found next to the checkout: real-corpus tests need it"))
    func euCollectionGivesTheRegulationsArticles() throws {
        guard let url = SharedTexts.file("eu-2013-com-0619.en.akn.xml") else { return }
        let text = try AkomaNtosoImporter.importText(Data(contentsOf: url), file: url.lastPathComponent)

        #expect(text.articles.map(\.number) == SharedTexts.truth("eu-2013-com-0619"))
        #expect(text.expectedNumbers == SharedTexts.truth("eu-2013-com-0619"))
        #expect(text.articles.first?.heading == "Subject matter and scope")
        #expect(text.articles.allSatisfy { $0.heading?.isEmpty == false })
        #expect(text.title == "Proposal for a REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on new psychoactive substances")
        #expect(text.language == "en")
        #expect(text.metadataValue("date") == "2013-09-17")
        // The memorandum and the financial statement have no articles: left out, and said so.
        #expect(text.metadataValue("omitted") == "EXPLANATORY MEMORANDUM; LEGISLATIVE FINANCIAL STATEMENT")
        #expect(!text.preamble.contains { $0.contains("CONTEXT OF THE PROPOSAL") })
        #expect(text.preamble.last == "HAVE ADOPTED THIS REGULATION:")
        #expect(text.preamble.contains { $0.hasPrefix("(36) This Regulation respects fundamental rights") })
        #expect(text.closing.first == "Done at Brussels,")

        let headings = text.units.compactMap { unit -> String? in
            if case let .heading(1, heading) = unit { return heading }
            return nil
        }
        #expect(headings.count == 9)
        #expect(headings.first == "CHAPTER I - Subject matter - Scope - Definitions")

        guard case let .article(label, _, _, body)? = text.units.first(where: { $0.articleNumber == "2" }) else {
            Issue.record("article 2 is missing")
            return
        }
        #expect(label == "Article 2")
        #expect(body.first == "For the purpose of this Regulation, the following definitions apply:")
        #expect(body.dropFirst().first?.hasPrefix("(a) ‘new psychoactive substance’ means") == true)
        // Footnotes stay where their marker was, in brackets.
        #expect(body.dropFirst().first?.contains("tobacco products [OJ L 194, 18.7.2001, p. 26.]") == true)
    }

    @Test(.enabled(if: SharedTexts.availableOrCI, "../shared/texts not found next to the checkout: real-corpus tests need it"))
    func ukActGivesItsSectionsAndNothingFromQuotedStructures() throws {
        guard let url = SharedTexts.file("uk-2014-c27-dripa.en.akn.xml") else { return }
        let text = try AkomaNtosoImporter.importText(Data(contentsOf: url), file: url.lastPathComponent)

        // The act quotes whole subsections (2A, 2B, 5A, 3A …) of the 2000 Act it amends.
        #expect(text.articles.map(\.number) == SharedTexts.truth("uk-2014-c27-dripa"))
        #expect(text.title == "Data Retention and Investigatory Powers Act 2014")
        #expect(text.metadataValue("date") == "2014-07-17")
        #expect(text.articles.first?.heading == "Powers for retention of relevant communications data subject to safeguards")
        #expect(text.units.contains(.heading(level: 1, text: "Retention of relevant communications data")))

        guard case let .article(label, _, _, body)? = text.units.first(where: { $0.articleNumber == "4" }) else {
            Issue.record("section 4 is missing")
            return
        }
        #expect(label == "Section 4")
        #expect(body.contains { $0.hasPrefix("“(2A) A copy of a warrant may be served") })
        #expect(body.contains { $0.hasPrefix("“(a) by serving it at the person’s principal office") })
        // Every line of quoted text opens with a quotation mark, so the splitter never
        // takes it for a section of this act.
        #expect(body.contains { $0.hasPrefix("“The steps mentioned in paragraph (b)") && $0.hasSuffix("”") })
        guard case let .article(_, _, _, first)? = text.units.first(where: { $0.articleNumber == "1" }) else {
            Issue.record("section 1 is missing")
            return
        }
        #expect(first.first?.hasPrefix("(1) The Secretary of State may by notice") == true)
        #expect(first.contains("(a) relate to a particular operator or any description of operators,"))
    }

    @Test(.enabled(if: SharedTexts.availableOrCI, "../shared/texts not found next to the checkout: real-corpus tests need it"))
    func cutRealFilesGiveAnErrorOrAText() throws {
        guard let url = SharedTexts.file("uk-2014-c27-dripa.en.akn.xml") else { return }
        let whole = try Data(contentsOf: url)
        for cut in stride(from: 0, to: whole.count - 64, by: whole.count / 40) {  // all before the root closes
            do {
                let text = try AkomaNtosoImporter.importText(whole.prefix(cut), file: "cut.xml")
                Issue.record("a file cut at byte \(cut) was read: \(text.expectedNumbers)")
            } catch {
                #expect(error.kind == .badData)
                #expect(error.file == "cut.xml")
            }
        }
    }

    // MARK: built files

    @Test func unitsInsideQuotedStructuresAreQuotedTextOfTheirArticle() throws {
        let text = try AkomaNtosoImporter.importText(Data(Self.amendingAct.utf8), file: "amending.akn.xml")
        #expect(text.articles.map(\.number) == ["1", "2"])
        guard case let .article(label, _, heading, body)? = text.units.first else {
            Issue.record("no article")
            return
        }
        #expect(label == "Art. 1er.")
        #expect(heading == nil)
        #expect(body == [
            "L'article 37 de la même loi est remplacé par la disposition suivante :",
            "«Article 37",
            "«Le tribunal de la jeunesse peut ordonner des mesures.",
            "«§ 2. Il peut les réprimander.»",
        ])
        #expect(text.language == "fr")
        #expect(text.metadataValue("date") == "1994-02-02")
    }

    @Test func aPrefixedOlderNamespaceIsReadByLocalNames() throws {
        let xml = """
            <?xml version="1.0"?>
            <an:akomaNtoso xmlns:an="http://www.akomantoso.org/2.0">
              <an:act><an:meta><an:identification><an:FRBRExpression>
                <an:FRBRlanguage language="dut"/></an:FRBRExpression></an:identification></an:meta>
                <an:body><an:article><an:num>4a</an:num><an:content><an:p>Tekst.</an:p></an:content></an:article></an:body>
              </an:act>
            </an:akomaNtoso>
            """
        let text = try AkomaNtosoImporter.importText(Data(xml.utf8), file: "older.xml")
        #expect(text.language == "nl")
        #expect(text.units == [.article(label: "Artikel 4a", number: "4a", heading: nil, body: ["Tekst."])])
    }

    @Test func sectionsAboveArticlesAreStructureHeadings() throws {
        let xml = """
            <akomaNtoso><act><body>
              <chapter><num>CHAPITRE II</num><heading>Des contrats</heading>
                <section><num>Section 1re</num><heading>Dispositions générales</heading>
                  <article><num>Art. 5bis</num><paragraph><num>§ 1er.</num><content><p>Un.</p></content></paragraph>
                    <paragraph><num>§ 2.</num><list><intro><p>Deux :</p></intro>
                      <point><num>1°</num><content><p>premier point;</p></content></point></list></paragraph>
                  </article>
                </section>
              </chapter>
            </body></act></akomaNtoso>
            """
        let text = try AkomaNtosoImporter.importText(Data(xml.utf8), file: "loi.fr.akn.xml")
        #expect(text.language == "fr")  // from the file name: the file has no FRBRlanguage
        #expect(text.units == [
            .heading(level: 1, text: "CHAPITRE II - Des contrats"),
            .heading(level: 2, text: "Section 1re - Dispositions générales"),
            .article(label: "Art. 5bis", number: "5bis", heading: nil,
                     body: ["§ 1er. Un.", "§ 2. Deux :", "1° premier point;"]),
        ])
    }

    // MARK: bad input

    @Test func aFileWithoutArticlesIsRefused() {
        let xml = "<akomaNtoso><doc name=\"memo\"><mainBody><p>Only prose.</p></mainBody></doc></akomaNtoso>"
        let error = #expect(throws: InputError.self) {
            try AkomaNtosoImporter.importText(Data(xml.utf8), file: "memo.akn.xml")
        }
        #expect(error?.kind == .badData)
        #expect(error?.description == "memo.akn.xml: this Akoma Ntoso file contains no article or section")
    }

    @Test func onlyQuotedArticlesMeansNoArticles() {
        let xml = """
            <akomaNtoso><act><body><hcontainer name="x"><content><p><mod><quotedStructure>
            <article><num>Article 9</num></article></quotedStructure></mod></p></content></hcontainer></body></act></akomaNtoso>
            """
        let error = #expect(throws: InputError.self) {
            try AkomaNtosoImporter.importText(Data(xml.utf8), file: "quotes-only.xml")
        }
        #expect(error?.kind == .badData)
        #expect(error?.message.contains("no article or section") == true)
    }

    @Test func truncatedXMLIsMalformedWithItsLine() {
        let xml = String(Self.amendingAct.prefix(420))
        let error = #expect(throws: InputError.self) {
            try AkomaNtosoImporter.importText(Data(xml.utf8), file: "cut.akn.xml")
        }
        #expect(error?.kind == .badData)
        #expect(error?.file == "cut.akn.xml")
        #expect(error?.line != nil)
        #expect(error?.message.hasPrefix("the XML is malformed (") == true)
        #expect(error?.description.hasPrefix("cut.akn.xml:") == true)
    }

    @Test func mismatchedTagsAreMalformed() {
        let xml = "<akomaNtoso>\n<act>\n<body><article><num>1</num></body>\n</act></akomaNtoso>"
        let error = #expect(throws: InputError.self) {
            try AkomaNtosoImporter.importText(Data(xml.utf8), file: "tags.xml")
        }
        #expect(error?.kind == .badData)
        #expect(error?.line == 3)
        #expect(error?.message == "the XML is malformed (an end tag does not match its start tag)")
    }

    @Test func xmlThatIsNotAkomaNtosoIsRefused() {
        let xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>News</title></channel></rss>"
        let error = #expect(throws: InputError.self) {
            try AkomaNtosoImporter.importText(Data(xml.utf8), file: "feed.xml")
        }
        #expect(error?.kind == .badData)
        #expect(error?.description == "feed.xml:2: this XML is not Akoma Ntoso (its root element is <rss>, not <akomaNtoso>)")
    }

    @Test(.timeLimit(.minutes(1)))
    func entityExpansionBombIsRefusedQuickly() {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            xml += " <!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        xml += "]>\n<akomaNtoso><act><body><article><num>1</num><content><p>&lol9;</p></content></article></body></act></akomaNtoso>"
        let started = Date()
        let error = #expect(throws: InputError.self) {
            try AkomaNtosoImporter.importText(Data(xml.utf8), file: "lol.akn.xml")
        }
        #expect(error?.kind == .badData)
        #expect(error?.file == "lol.akn.xml")
        #expect(error?.line == 3)
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func externalEntitiesAreNeverRead() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE akomaNtoso [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <akomaNtoso><act><body><article><num>1</num><content><p>&secret;</p></content></article></body></act></akomaNtoso>
            """
        let error = #expect(throws: InputError.self) {
            try AkomaNtosoImporter.importText(Data(xml.utf8), file: "xxe.akn.xml")
        }
        #expect(error?.kind == .badData)
    }

    @Test func anEmptyFileIsRefused() {
        let error = #expect(throws: InputError.self) {
            try AkomaNtosoImporter.importText(Data(), file: "empty.xml")
        }
        #expect(error?.kind == .badData)
        #expect(error?.file == "empty.xml")
    }

    /// A French amending act: its article 1 replaces article 37 of another law, quoted
    /// whole (with `«`, as the file says); article 2 is an article of its own.
    static let amendingAct = """
        <?xml version="1.0" encoding="UTF-8"?>
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
          <act name="loi">
            <meta><identification source="#x">
              <FRBRWork><FRBRthis value="/akn/be/act/loi/1994-02-02/1"/><FRBRdate date="1994-02-02" name="signature"/></FRBRWork>
              <FRBRExpression><FRBRthis value="/akn/be/act/loi/1994-02-02/1/fra@"/><FRBRlanguage language="fra"/></FRBRExpression>
            </identification></meta>
            <preface><p><docTitle>Loi modifiant la loi relative à la protection de la jeunesse</docTitle></p></preface>
            <body>
              <article eId="art_1"><num>Art. 1er.</num>
                <content><p>L'article 37 de la même loi est remplacé par la disposition suivante :</p>
                  <p><mod><quotedStructure startQuote="«" endQuote="»">
                    <article><num>Article 37</num><heading>Le tribunal de la jeunesse peut ordonner des mesures.</heading>
                      <paragraph><num>§ 2.</num><content><p>Il peut les réprimander.</p></content></paragraph>
                    </article>
                  </quotedStructure></mod></p>
                </content>
              </article>
              <article eId="art_2"><num>Art. 2.</num><content><p>La présente loi entre en vigueur le jour de sa publication.</p></content></article>
            </body>
          </act>
        </akomaNtoso>
        """
}
