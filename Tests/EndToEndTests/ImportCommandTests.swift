import Foundation
import Testing

/// `taskforce import` as a user runs it: a file goes in, a Texts/ file comes out that
/// `texts` and `parse` read back; a bad file writes nothing.
struct ImportCommandTests {
    static let act = """
        <?xml version="1.0" encoding="UTF-8"?>
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
          <act><meta><identification source="#x"><FRBRWork><FRBRname value="Test Act"/></FRBRWork>
          <FRBRExpression><FRBRlanguage language="fra"/></FRBRExpression></identification></meta>
          <preface><p><docTitle>Loi d'essai sur la sécurité</docTitle></p></preface>
          <body>
            <chapter><num>CHAPITRE 1er</num><heading>Généralités</heading>
              <article><num>Article 1er</num><heading>Objet</heading><content><p>La loi règle.</p></content></article>
              <article><num>Art. 5bis</num><heading>Alarme</heading><content><p>Un bouton.</p></content></article>
            </chapter>
          </body></act>
        </akomaNtoso>
        """

    @Test func importsAnAkomaNtosoFileThatTextsThenLists() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Self.act, to: "loi-essai.akn.xml")

        let result = try runTaskforce(["import", "loi-essai.akn.xml"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 2 articles into Texts/loi-essai.fr.txt"))

        let listed = try runTaskforce(["texts", "--json"], in: folder.url)
        let texts = try #require(try jsonObject(listed.stdout)["texts"] as? [[String: Any]])
        #expect(texts.first?["id"] as? String == "loi-essai")
        #expect(texts.first?["title"] as? String == "Loi d'essai sur la sécurité")

        let parsed = try runTaskforce(["parse", "--json", "Texts/loi-essai.fr.txt"], in: folder.url)
        let articles = try #require(try jsonObject(parsed.stdout)["articles"] as? [[String: Any]])
        #expect(articles.map { $0["number"] as? String } == ["1", "5bis"])
        #expect(articles.map { $0["heading"] as? String } == ["Objet", "Alarme"])
    }

    @Test func idAndLanguageCanBeChosen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Self.act, to: "act.xml")
        let result = try runTaskforce(["import", "act.xml", "--id", "my-act", "--lang", "nl", "--texts", "out"],
                                      in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out/my-act.nl.txt").path))
    }

    @Test func neverOverwritesAnExistingText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Self.act, to: "loi-essai.akn.xml")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("Texts"), withIntermediateDirectories: true)
        let existing = try folder.write("---\ntitle: mine\n---\nArt. 1. Mon texte.\n", to: "Texts/loi-essai.fr.txt")

        let result = try runTaskforce(["import", "loi-essai.akn.xml"], in: folder.url)
        #expect(result.status == 74)
        #expect(result.stderr.contains("already exists"))
        #expect(try String(contentsOf: existing, encoding: .utf8).contains("Mon texte"))
    }

    @Test func anAkomaNtosoFileWithoutArticlesWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("<akomaNtoso><act><body><p>Rien.</p></body></act></akomaNtoso>", to: "empty.xml")
        let result = try runTaskforce(["import", "empty.xml"], in: folder.url)
        expectBadData(result, file: "empty.xml")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Texts").path))
    }

    @Test func malformedXMLNamesTheLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("<akomaNtoso>\n<act>\n<body><article></body>\n", to: "broken.xml")
        let result = try runTaskforce(["import", "broken.xml"], in: folder.url)
        expectBadData(result, file: "broken.xml:")
    }

    @Test func plainTextIsPassedThrough() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Art. 1. Texte.\n", to: "law.fr.txt")
        let result = try runTaskforce(["import", "law.fr.txt"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 1 articles"))
    }

    @Test func aBadIDIsAUsageError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try runTaskforce(["import", "x.xml", "--id", "../escape"], in: folder.url)
        #expect(result.status == 2)
    }
}
