import Foundation
import Testing

/// Issue 13, item 2: what the digest removes (a phone number, an e-mail address) never shows
/// on a screen either: the notes and the digest preview show the digest's placeholders.
/// Through the real binary (`annotate`, then `render`).
struct MaskedDetailsScreenTests {
    static let details = ["0470 12 34 56", "marie.dupont@example.org", "Marie Dupont", "rue Neuve 12", "Neuve"]

    @Test(arguments: ["<F4>", "D"]) func detailsNeverReachTheScreen(_ keys: String) throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let texts = try Repository.copyDemoTexts(into: work.url)
        try work.write("Appelez-moi au 0470 12 34 56 ou écrivez à marie.dupont@example.org, pour le texte.", to: "p.txt")
        let saved = try runTaskforce(
            ["annotate", "--text", Repository.demoID, "--article", "5bis", "--stance", "concern", "--language", "fr",
             "--proposal-file", "p.txt", "--texts", texts.path],
            in: work.url, input: Data("Mon numéro est le 0470 12 34 56, mon adresse marie.dupont@example.org. Je suis Marie Dupont, rue Neuve 12.\n".utf8))
        #expect(saved.status == 0, "\(saved.stderr)")
        let render = try runTaskforce(["render", "--lang", "fr", "--size", keys == "D" ? "140x400" : "140x60", "--text", Repository.demoID,
                                       "--keys", ":5bis<Enter>" + keys], in: work.url)
        #expect(render.status == 0, "\(render.stderr)")
        let screen = render.stdout
        #expect(screen.contains(keys == "D" ? "Art. 5bis" : "Mon numéro est le"), "\(screen)")
        for detail in Self.details {
            #expect(!screen.contains(detail), "\(detail) is on the screen:\n\(screen)")
        }
        #expect(screen.contains("retiré"), "the digest's placeholder stands in for it:\n\(screen)")
        if keys == "<F4>" {
            // The notes: the name and the address too (issue 13, item 2), each by its placeholder.
            let flat = screen.split(separator: "\n").map { $0.replacingOccurrences(of: "│", with: " ") }.joined(separator: " ")
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flat.contains("[nom retiré]") && flat.contains("[adresse retirée]"), "\(screen)")
        }
    }
}
