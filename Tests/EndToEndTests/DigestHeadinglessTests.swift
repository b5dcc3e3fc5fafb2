import Foundation
import Testing

/// Issue 14, item 7: an article without a heading made the digest write its label followed
/// by a dangling space ("Art. 2 |" in the summary, "Art. 2</span> </a>" in the contents).
struct DigestHeadinglessTests {
    @Test func anArticleWithoutHeadingIsItsLabelAlone() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        try FileManager.default.createDirectory(at: work.url.appendingPathComponent("Texts"), withIntermediateDirectories: true)
        try work.write("""
            Loi sans intitulés

            Art. 1
            Définitions
            Au sens de la présente loi, on entend par travail du sexe toute prestation consentie.

            Art. 2
            Le bailleur ne peut refuser un logement pour ce seul motif.

            """, to: "Texts/loi-sans.fr.txt")
        for article in ["1", "2"] {
            let saved = try runTaskforce(["annotate", "--text", "loi-sans", "--article", article, "--stance", "support"],
                                         in: work.url, input: Data("Enfin une protection contre les refus de logement.\n".utf8))
            #expect(saved.status == 0, "\(saved.stderr)")
        }

        let markdown = try runTaskforce(["digest", "--format", "markdown", "--lang", "fr"], in: work.url)
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("| Art. 2 | 1 |"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("| Art. 1 Définitions | 1 |"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("## Art. 2\n"), "\(markdown.stdout)")
        #expect(markdown.stderr == "taskforce: aucune donnée identifiante trouvée dans les commentaires.\n")

        let html = try runTaskforce(["digest", "--format", "html", "--lang", "fr"], in: work.url)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("<span class=\"number\">Art. 2</span></a>"), "\(html.stdout)")
        #expect(html.stdout.contains("Art. 2</a></th>"), "\(html.stdout)")
        #expect(html.stdout.contains("<span class=\"number\">Art. 1</span> Définitions</a>"), "\(html.stdout)")
    }
}
