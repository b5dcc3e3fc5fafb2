import Foundation
import Testing
@testable import TaskForceCore

/// Each structured form on a small file written for the test (not taken from a real
/// one): recognised from its content, read into articles with their headings, and
/// rendered into a text that splits back into the same numbers.
@Suite("Structured importers")
struct StructuredImporterTests {
    /// Imports through the entry point and checks the rendered text splits the same.
    func imported(_ source: String, file: String) throws -> ImportedText {
        let text = try Importer.importData(Data(source.utf8), file: file)
        let split = TextSplitter.split(text.rendered(), file: file)
        #expect(split.articles.map(\.number) == text.expectedNumbers, "\(file): rendered text splits differently")
        #expect(split.problems.isEmpty, "\(split.problems)")
        return text
    }

    @Test func formexActGivesItsDivisionsArticlesAndHeadings() throws {
        let act = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ACT><BIB.INSTANCE><DATE ISO="20250102">20250102</DATE><LG.DOC>FR</LG.DOC></BIB.INSTANCE>
            <TITLE><TI><P>Règlement (UE) 2025/1</P><P>sur les essais</P></TI></TITLE>
            <PREAMBLE><PREAMBLE.INIT>LE PARLEMENT EUROPÉEN,</PREAMBLE.INIT>
              <GR.CONSID><CONSID><NP><NO.P>(1)</NO.P><TXT>Un considérant.</TXT></NP></CONSID></GR.CONSID></PREAMBLE>
            <ENACTING.TERMS><DIVISION><TITLE><TI><P>CHAPITRE I</P></TI><STI><P>Généralités</P></STI></TITLE>
              <ARTICLE IDENTIFIER="001"><TI.ART>Article premier</TI.ART><STI.ART>Objet</STI.ART>
                <PARAG><NO.PARAG>1.</NO.PARAG><ALINEA>Le <QUOT.START CODE="201C"/>texte<QUOT.END CODE="201D"/> règle.</ALINEA></PARAG>
                <PARAG><NO.PARAG>2.</NO.PARAG><ALINEA>Il s'applique<NOTE><P>JO L 1.</P></NOTE>.</ALINEA></PARAG></ARTICLE>
              <ARTICLE IDENTIFIER="002"><TI.ART>Article 2 bis</TI.ART><ALINEA>Seul.</ALINEA></ARTICLE>
            </DIVISION></ENACTING.TERMS>
            <FINAL><P>Fait à Bruxelles.</P></FINAL></ACT>
            """
        #expect(Importer.format(of: Data(act.utf8)) == .formex)
        let text = try imported(act, file: "essai.formex.xml")
        #expect(text.title == "Règlement (UE) 2025/1 sur les essais")
        #expect(text.language == "fr")
        #expect(text.metadataValue("date") == "2025-01-02")
        #expect(text.preamble == ["LE PARLEMENT EUROPÉEN,", "(1) Un considérant."])
        #expect(text.units.first == .heading(level: 1, text: "CHAPITRE I - Généralités"))
        #expect(text.expectedNumbers == ["1", "2bis"])
        #expect(text.articles.map(\.heading) == ["Objet", nil])
        #expect(text.units[1] == .article(label: "Article premier", number: "1", heading: "Objet",
                                           body: ["1. Le “texte” règle.", "2. Il s'applique [JO L 1.]."]))
        #expect(text.closing == ["Fait à Bruxelles."])
    }

    @Test func bwbLawKeepsRepealedArticlesAsStubs() throws {
        let law = """
            <?xml version="1.0" encoding="UTF-8"?>
            <toestand bwb-id="BWBR9999999" inwerkingtreding="2025-01-01"><wetgeving>
            <citeertitel>Wet op de proeven <meta-data><brondata><publicatie>Stb. 2005</publicatie></brondata></meta-data></citeertitel>
            <wet-besluit><wettekst>
              <hoofdstuk><kop><label>Hoofdstuk</label><nr>1</nr><titel>Algemeen</titel></kop>
                <artikel status="goed"><kop><label>Artikel</label><nr>1</nr><titel>Begrippen</titel></kop>
                  <lid><lidnr>1</lidnr><al>In deze wet wordt verstaan onder:</al>
                    <lijst><li><li.nr>a.</li.nr><al>proef: een proef;</al></li></lijst>
                    <meta-data><jcis><jci verwijzing="x"/></jcis></meta-data></lid></artikel>
                <artikel status="vervallen"><kop><label>Artikel</label><nr>2</nr></kop></artikel>
                <artikel status="goed"><kop><label>Artikel</label><nr>2aa</nr></kop><al>Nieuw.</al></artikel>
              </hoofdstuk></wettekst>
            <wetsluiting><slotformulering><al>Lasten en bevelen.</al></slotformulering></wetsluiting>
            </wet-besluit></wetgeving></toestand>
            """
        #expect(Importer.format(of: Data(law.utf8)) == .bwb)
        let text = try imported(law, file: "proef.bwb.xml")
        #expect(text.title == "Wet op de proeven")
        #expect(text.language == "nl")
        #expect(text.expectedNumbers == ["1", "2", "2aa"])
        #expect(text.units.first == .heading(level: 1, text: "Hoofdstuk 1 - Algemeen"))
        #expect(text.units[1] == .article(label: "Artikel 1", number: "1", heading: "Begrippen",
                                           body: ["1 In deze wet wordt verstaan onder:", "a. proef: een proef;"]))
        #expect(text.units[2] == .article(label: "Artikel 2", number: "2", heading: nil, body: ["Vervallen."]))
        #expect(text.closing == ["Lasten en bevelen."])
    }

    @Test func germanFederalXMLSkipsStructureNormsAndContents() throws {
        let law = """
            <?xml version="1.0" encoding="UTF-8"?>
            <dokumente>
            <norm><metadaten><jurabk>PrüfG</jurabk><ausfertigung-datum>2020-05-06</ausfertigung-datum><langue>Prüfungsgesetz</langue></metadaten></norm>
            <norm><metadaten><jurabk>PrüfG</jurabk><enbez>Inhaltsübersicht</enbez></metadaten><textdaten><text><TOC><Ident>§ 1</Ident></TOC></text></textdaten></norm>
            <norm><metadaten><gliederungseinheit><gliederungskennzahl>010</gliederungskennzahl><gliederungsbez>Abschnitt 1</gliederungsbez><gliederungstitel>Allgemeines</gliederungstitel></gliederungseinheit></metadaten></norm>
            <norm><metadaten><enbez>§ 1</enbez><titel>Zweck</titel></metadaten><textdaten><text><Content><P>(1) Dieses Gesetz prüft.</P><P>(2) Es gilt:<DL><DT>1.</DT><DD><LA>für alle,</LA></DD></DL></P></Content></text></textdaten></norm>
            <norm><metadaten><enbez>§ 2</enbez><titel>(weggefallen)</titel></metadaten><textdaten><text><Content><P/></Content></text></textdaten></norm>
            <norm><metadaten><enbez>§§ 3 bis 5</enbez><titel>(weggefallen)</titel></metadaten></norm>
            <norm><metadaten><enbez>§ 6a</enbez></metadaten><textdaten><text><Content><P>§ 1 gilt entsprechend.</P></Content></text></textdaten></norm>
            </dokumente>
            """
        #expect(Importer.format(of: Data(law.utf8)) == .germanFederal)
        let text = try imported(law, file: "pruefg.gii.xml")
        #expect(text.title == "Prüfungsgesetz")
        #expect(text.metadataValue("date") == "2020-05-06")
        #expect(text.expectedNumbers == ["1", "2", "6a"])
        #expect(text.units.first == .heading(level: 1, text: "Abschnitt 1 - Allgemeines"))
        #expect(text.units[1] == .article(label: "§ 1", number: "1", heading: "Zweck",
                                           body: ["(1) Dieses Gesetz prüft.", "(2) Es gilt:", "1. für alle,"]))
        #expect(text.units[2] == .article(label: "§ 2", number: "2", heading: nil, body: ["(weggefallen)"]))
        #expect(text.leftOut == ["the table of contents (Inhaltsübersicht)", "1 repealed ranges such as “§§ 3 bis 5”"])
    }

    @Test func germanArticlesAndFormulasAreKept() throws {
        let law = """
            <dokumente><norm><metadaten><jurabk>GG</jurabk><langue>Grundgesetz</langue></metadaten></norm>
            <norm><metadaten><jurabk>GG</jurabk><enbez>Eingangsformel</enbez></metadaten><textdaten><text><Content><P>Der Rat hat beschlossen.</P></Content></text></textdaten></norm>
            <norm><metadaten><gliederungseinheit><gliederungskennzahl>010</gliederungskennzahl><gliederungsbez>I.</gliederungsbez><gliederungstitel>Die Rechte</gliederungstitel></gliederungseinheit></metadaten></norm>
            <norm><metadaten><enbez>Art 1</enbez></metadaten><textdaten><text><Content><P>(1) Die Würde.</P></Content></text></textdaten></norm>
            <norm><metadaten><enbez>Art 2</enbez></metadaten><textdaten><text><Content><P>(1) Jeder.</P></Content></text></textdaten></norm>
            </dokumente>
            """
        let text = try imported(law, file: "gg.de.xml")
        #expect(text.expectedNumbers == ["1", "2"])
        #expect(text.preamble == ["Eingangsformel", "Der Rat hat beschlossen."])
        #expect(text.articles.map(\.heading) == [nil, nil])
    }

    @Test func consolidatedEURLexPageUsesItsOwnClasses() throws {
        let page = """
            <html><body><p class="title-doc-first">REGULATION (EU) 2016/1</p>
            <p class="title-article-norm">Article 1</p><p class="stitle-article-norm">Subject matter</p><p class="norm">Text.</p>
            <p class="title-article-norm">Article 1a</p><p class="norm">Inserted.</p></body></html>
            """
        #expect(Importer.format(of: Data(page.utf8)) == .eurLex)
        let text = try imported(page, file: "consolidated.en.html")
        #expect(text.expectedNumbers == ["1", "1a"])
        #expect(text.articles.first?.heading == "Subject matter")
    }

    @Test func eurLexPageGivesArticlesHeadingsAndClosing() throws {
        let page = """
            <!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>
            <p class="oj-doc-ti">REGULATION (EU) 2025/2</p><p class="oj-doc-ti">on tests</p>
            <p class="oj-normal">Whereas:</p>
            <p class="oj-ti-section-1">CHAPTER I</p><p class="oj-ti-section-2">General</p>
            <p class="oj-ti-art">Article 1</p><p class="oj-sti-art">Scope</p>
            <p class="oj-normal">1.&nbsp;&nbsp;This applies.</p><p class="oj-normal">Article 2 of Directive X shall apply.</p>
            <p class="oj-ti-art">Article 2</p><p class="oj-normal">It enters into force.</p>
            <div class="oj-final"><p class="oj-normal">Done at Brussels.</p></div>
            </body></html>
            """
        #expect(Importer.format(of: Data(page.utf8)) == .eurLex)
        let text = try imported(page, file: "reg.en.html")
        #expect(text.title == "REGULATION (EU) 2025/2 on tests")
        #expect(text.expectedNumbers == ["1", "2"])
        #expect(text.units[0] == .heading(level: 1, text: "CHAPTER I - General"))
        #expect(text.units[1] == .article(label: "Article 1", number: "1", heading: "Scope",
                                           body: ["1. This applies.", "Article 2 of Directive X shall apply."]))
        #expect(text.closing == ["Done at Brussels."])
    }

    @Test func commissionProposalPutsLabelAndHeadingInOneParagraph() throws {
        let page = """
            <html><body><p class="Titreobjet">Proposal for a Regulation on tests</p>
            <p class="Titrearticle">Article 1<br>Subject matter</p><p class="Normal">Text one.</p>
            <p class="Titrearticle">Article 2<br/>Entry into force</p><p class="Normal">Text two.</p>
            </body></html>
            """
        let text = try imported(page, file: "com.en.html")
        #expect(text.articles.map(\.number) == ["1", "2"])
        #expect(text.articles.map(\.heading) == ["Subject matter", "Entry into force"])
    }

    @Test func akomaNtosoWithTwoNumsTakesTheSecondAsHeading() throws {
        let act = """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>
            <article eId="art_1"><num>Article 1</num><num>Subject matter</num><paragraph><content><p>It applies.</p></content></paragraph></article>
            <article eId="art_2"><num>Article 2</num><num>Definitions</num><paragraph><content><p>Words.</p></content></paragraph></article>
            </body></act></akomaNtoso>
            """
        let text = try imported(act, file: "two.en.akn.xml")
        #expect(text.articles.map(\.number) == ["1", "2"])
        #expect(text.articles.map(\.heading) == ["Subject matter", "Definitions"])
    }

    @Test func ukRegulationsInContainersLeaveOutSignatureScheduleAndNote() throws {
        let order = """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>
            <hcontainer name="regulation" eId="regulation-1"><num>1</num><heading>Citation</heading><content><p>These Regulations may be cited.</p></content></hcontainer>
            <hcontainer name="regulation" eId="regulation-2"><num>2</num><heading>Revocation</heading><content><p>Revoked.</p></content></hcontainer>
            <hcontainer name="signatures"><content><p>A. Minister</p></content></hcontainer>
            <hcontainer name="schedules"><hcontainer name="schedule"><num>SCHEDULE</num><content><p>Table</p></content></hcontainer></hcontainer>
            </body><conclusions><blockContainer class="ExplanatoryNotes"><heading>EXPLANATORY NOTE</heading><p>Not part.</p></blockContainer></conclusions></act></akomaNtoso>
            """
        let text = try imported(order, file: "ssi.en.akn.xml")
        #expect(text.articles.map(\.number) == ["1", "2"])
        #expect(text.leftOut == ["the signature block", "the schedules", "the explanatory notes"])
        #expect(!text.rendered().contains("A. Minister"))
        #expect(!text.rendered().contains("Not part."))
    }

    @Test func justel2024PageNamesTheBoxesLeftOut() throws {
        let page = """
            <html><body>
            <div id="list-title-1"><h2>Titre</h2><p class="list-item--title">1er MAI 2025. - Loi d'essai</p></div>
            <div id="list-title-2"><h2>Table des matières</h2>Art. 1-2</div>
            <div id="list-title-3"><h2>Texte</h2><a name="Art.1"></a>Art. 1er. Un.<br><a name="Art.2"></a>Art. 2. Deux.</div>
            <div id="list-title-sw_sign"><h2>Signatures</h2>Le Ministre</div>
            </body></html>
            """
        let text = try imported(page, file: "essai.fr.html")
        #expect(text.expectedNumbers == ["1", "2"])
        #expect(text.leftOut == ["the box “Table des matières”", "the box “Signatures”"])
    }

    @Test func moniteurPageWithoutAnchorsIsSplitFromItsBody() throws {
        let page = """
            <html><head><meta charset="windows-1252"></head><body><p>2 MAI 2025. - Arr\u{EA}t\u{E9} royal</p>
            <p>Article 1er. Le pr\u{E9}sent arr\u{EA}t\u{E9} r\u{E8}gle.</p><p>Art. 2. Il entre en vigueur.</p>
            <p>Donn\u{E9} \u{E0} Bruxelles.</p></body></html>
            """
        // Windows-1252 bytes, as old Moniteur pages are sent.
        let bytes = Data(page.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        let text = try Importer.importData(bytes, file: "mb.fr.html")
        #expect(text.expectedNumbers == ["1", "2"])
        #expect(text.rendered().contains("Le présent arrêté règle."))
    }

    @Test func xmlOfAnUnknownKindIsRefusedInOneSentence() {
        let error = #expect(throws: InputError.self) {
            try Importer.importData(Data("<?xml version=\"1.0\"?>\n<!-- feed -->\n<rss><channel/></rss>".utf8), file: "feed.xml")
        }
        #expect(error?.kind == .badData)
        #expect(error?.description == "feed.xml: this XML (root element <rss>) is none of the forms taskforce reads: Akoma Ntoso, Formex, Dutch BWB or German federal XML")
    }

    @Test func deeplyNestedXMLIsRefusedNotCrashed() {
        let deep = "<ACT><ENACTING.TERMS><ARTICLE><TI.ART>Article 1</TI.ART>" + String(repeating: "<P>", count: 50_000)
            + "x" + String(repeating: "</P>", count: 50_000) + "</ARTICLE></ENACTING.TERMS></ACT>"
        let error = #expect(throws: InputError.self) { try Importer.importData(Data(deep.utf8), file: "deep.fmx.xml") }
        #expect(error?.kind == .badData)
        #expect(error?.description.contains("nested more than 256 deep") == true)
    }

    @Test func hostileTreeFormatsAreRefusedNotCrashed() {
        for (source, file) in [("<ACT><ENACTING.TERMS/></ACT>", "empty.fmx.xml"), ("<toestand/>", "empty.bwb.xml"),
                               ("<dokumente/>", "empty.gii.xml"), ("<ACT><ENACTING.TERMS><ARTICLE>", "cut.fmx.xml"),
                               ("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><toestand>&a;</toestand>", "bomb.bwb.xml")] {
            let error = #expect(throws: InputError.self, "\(file)") { try Importer.importData(Data(source.utf8), file: file) }
            #expect(error?.kind == .badData, "\(file)")
            #expect(error?.description.hasPrefix(file + ":") == true, "\(file): \(String(describing: error))")
        }
    }
}
