import Foundation
import Testing

/// The way a bill reaches a session, end to end in a real terminal: a bilingual Chamber
/// PDF and a DOCX draft (with its Dutch ODT) are imported, opened in the review screen
/// with French and Dutch side by side on the same article, commented, and digested.
@Suite(.enabled(if: (TmuxSession.available && ImportFixture.popplerOrCI) || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux or poppler-utils is not installed (scripts/setup installs them)"))
struct TerminalImportTests {
    @Test func importedPDFAndDocxAreReviewedSideBySideAndDigested() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (file, id) in [("chamber-bill.frnl.pdf", "projet"), ("draft.fr.docx", "avant-projet"), ("draft.nl.odt", "avant-projet")] {
            let result = try runTaskforce(["import", ImportFixture.path(file), "--id", id], in: folder.url)
            #expect(result.status == 0, "\(file): \(result.stderr)")
        }
        let tmux = try TmuxSession(["--lang", "fr"], in: folder.url, columns: 170, rows: 30)
        defer { tmux.kill() }
        // Both texts are offered in both languages.
        let chooser = try tmux.wait { $0.contains("Choisissez un texte") }
        #expect(chooser.components(separatedBy: "FR NL  21 articles").count == 3, "\(chooser)")

        for _ in 0..<2 {
            try tmux.send("Enter")
            try tmux.wait { $0.contains("NL · ") }
            try tmux.type("jjjjj")
            // The same article on both sides: the numbers agree across the languages.
            let reader = try tmux.wait { $0.contains("FR · ") && $0.contains("› Art. 5bis") && $0.contains("Alarmknop") }
            #expect(reader.components(separatedBy: "› Art. 5bis").count == 3, "\(reader)")
            try tmux.saveComment("Le bouton doit aussi marcher la nuit.", under: "Votre avis sur l'art. 5bis",
                                 choices: ["Right", "Right", "Tab", "Space", "Tab"])
            try tmux.send("Escape")
            try tmux.wait { $0.contains("Choisissez un texte") }
            try tmux.send("Down")
        }
        try tmux.send("F10")
        try tmux.wait { $0.contains("EXITED 0") }

        for id in ["projet", "avant-projet"] {
            let digest = try runTaskforce(["digest", "--text", id], in: folder.url)
            #expect(digest.status == 0, "\(digest.stderr)")
            #expect(digest.stdout.contains("## Art. 5bis — Bouton d'alarme"), "\(id)")
            #expect(digest.stdout.contains("> Le bouton doit aussi marcher la nuit."), "\(id)")
        }
    }
}
