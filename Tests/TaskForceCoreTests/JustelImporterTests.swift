import Foundation
import Testing
@testable import TaskForceCore

@Suite("Justel importer")
struct JustelImporterTests {
    @Test(.enabled(if: SharedTexts.availableOrCI, "../shared/texts not found next to the checkout: real-corpus tests need it"))
    func realPageGivesItsAnchorsTitlePreambleAndLines() throws {
        guard let url = SharedTexts.file("be-1994-02-02-protection-jeunesse.justel.fr.html") else { return }
        let text = try JustelImporter.importText(Data(contentsOf: url), file: url.lastPathComponent)

        #expect(text.expectedNumbers == SharedTexts.truth("be-1994-02-02-protection-jeunesse"))
        #expect(text.title.hasPrefix("2 FEVRIER 1994"))
        #expect(text.title == "2 FEVRIER 1994. - Loi modifiant la loi du 8 avril 1965 relative à la protection de la jeunesse.")
        // `<html lang="en">` on a French page: the active language button wins.
        #expect(text.language == "fr")
        #expect(text.metadataValue("source") == "https://www.ejustice.just.fgov.be/eli/loi/1994/02/02/1994009284/justel")
        #expect(text.metadataValue("date") == "1994-02-02")
        #expect(text.preamble == [
            "ALBERT II, Roi des Belges,",
            "A tous, présents et à venir, Salut.",
            "Les Chambres ont adopté et Nous sanctionnons ce qui suit :",
        ])

        guard case let .rawLines(lines)? = text.units.first, text.units.count == 1 else {
            Issue.record("expected one block of raw lines")
            return
        }
        let rendered = text.rendered()
        #expect(rendered.contains("\nArticle 1. A l'article 36bis de la loi du 8 avril 1965"))
        #expect(lines.contains { $0.hasPrefix("Article 1. A l'article 36bis") })
        #expect(lines.contains { $0.hasPrefix("Art.  2. L'article 37 de la même loi") })
        #expect(lines.contains("\" Article 37. § 1. Le tribunal de la jeunesse peut ordonner à l'égard des personnes qui lui sont déférées, des mesures de garde, de préservation et d'éducation."))
        #expect(lines.last == "M. WATHELET")
        #expect(!rendered.contains("<"))
        #expect(!rendered.contains("&nbsp;"))
        #expect(!rendered.contains("&quot;"))
        #expect(!rendered.contains("\u{00A0}"))
        #expect(!rendered.contains("Table des matières"))
        #expect(!rendered.contains("Travaux parlementaires"))
    }

    @Test func latin1PageDecodesItsAccents() throws {
        let page = """
            <html><head><meta charset="iso-8859-1"><title>Justel</title></head><body>
            <a href="/cgi_loi/article.pl?language=nl&view_numac=2001000001nl" class="nav__language-button active">NL</a>
            <p class="list-item--title">
              1 JANUARI 2001. - Wet betreffende de coördinatie van het Wetboek
            </p>
            <div id="list-title-3" class="box plain-text"><h2>Tekst</h2>
            <A NAME='Art.1er'></A>Artikel 1. Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet.<BR>
            <A NAME='Art.2bis'></A>Art. 2bis. Caf&eacute;, na&iuml;ef en &#233;&#xE9; zijn geen probleem.</div></body></html>
            """
        let latin1 = try #require(page.data(using: .isoLatin1))
        #expect(String(data: latin1, encoding: .utf8) == nil)  // really not UTF-8
        let text = try JustelImporter.importText(latin1, file: "wet.html")

        #expect(text.title == "1 JANUARI 2001. - Wet betreffende de coördinatie van het Wetboek")
        #expect(text.language == "nl")
        #expect(text.metadataValue("date") == "2001-01-01")
        #expect(text.expectedNumbers == ["1", "2bis"])
        #expect(text.units == [.rawLines([
            "Artikel 1. Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet.",
            "Art. 2bis. Café, naïef en éé zijn geen probleem.",
        ])])
    }

    @Test func windows1252QuotesInALatin1PageAreRead() {
        var bytes = Array("<html><body><a name=\"Art.1\"></a>Art. 1. L".utf8)
        bytes += [0x92, 0x61, 0x72, 0x74, 0x69, 0x63, 0x6C, 0x65, 0x20, 0xE9, 0x74, 0xE9]  // ’article été
        bytes += Array("</body></html>".utf8)
        let text = try? JustelImporter.importText(Data(bytes), file: "old.html")
        #expect(text?.units == [.rawLines(["Art. 1. L’article été"])])
    }

    @Test func olderLayoutWithoutBoxesRunsFromTheFirstAnchor() throws {
        let page = """
            <HTML><BODY><TABLE><TR><TD>Menu</TD></TR></TABLE>
            <a href="#Art.1">Table</a>
            <a name="Art.1"></a>Article 1er. Premier.<br>
            <a name="Art.2"></a>Art. 2. Deuxième.<br>&nbsp;&nbsp;Donné à Bruxelles.
            </BODY></HTML>
            """
        let text = try JustelImporter.importText(Data(page.utf8), file: "ancienne.fr.html")
        #expect(text.expectedNumbers == ["1", "2"])
        #expect(text.language == "fr")
        #expect(text.units == [.rawLines(["Article 1er. Premier.", "Art. 2. Deuxième.", "Donné à Bruxelles."])])
    }

    @Test func pageWithoutAnchorsIsRefused() {
        let page = "<!doctype html><html lang=\"fr\"><body><p>Bienvenue sur notre site.</p></body></html>"
        let error = #expect(throws: InputError.self) {
            try JustelImporter.importText(Data(page.utf8), file: "accueil.html")
        }
        #expect(error?.kind == .badData)
        #expect(error?.description == "accueil.html: no article found in this page; is it a Justel or Moniteur page?")
    }

    @Test func entitiesAreDecoded() {
        #expect(HTMLEntities.decode("&quot;a&quot; &amp; &lt;L 1999&gt; &eacute;&Eacute;&yuml;&nbsp;&#233;&#xE9;&#146;") ==
                "\"a\" & <L 1999> éÉÿ\u{00A0}éé’")
        #expect(HTMLEntities.decode("&unknown; & &#xZZ; &;") == "&unknown; & &#xZZ; &;")
    }
}
