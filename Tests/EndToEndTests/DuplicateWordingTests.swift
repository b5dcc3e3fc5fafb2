import CSV
import Foundation
import Testing

/// Issue 14, item 5, through the real binary in tmux: two comments of the session each
/// propose a wording; the facilitator marks one as a duplicate of the other (`u`, Down,
/// Enter); every digest format still shows the duplicate's proposed wording, redacted, and
/// the CSV's "duplicate of <id>" names a row of the same file.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct DuplicateWordingTests {
    /// Each wording's own word, found nowhere else in the digest.
    static let wordings = ["Pangolin": "Le bouton fonctionne aussi au domicile (Pangolin), appeler le 0470 12 34 56.",
                           "Okapi": "Le bouton est fourni sans frais par la commune (Okapi)."]

    static func export(_ format: String, in folder: URL) throws -> String {
        let run = try runTaskforce(["digest", "--format", format, "--lang", "en", "--out", "d.\(format)"], in: folder)
        #expect(run.status == 0, "\(format): \(run.stderr)")
        return String(decoding: try Data(contentsOf: folder.appendingPathComponent("d.\(format)")), as: UTF8.self)
    }

    @Test func aMarkedDuplicateKeepsItsWordingInEveryFormat() throws {
        let (screen, folder) = try FacilitatorTripTests.facilitatorOnANewSession()
        defer { screen.kill(); folder.remove() }
        for (i, (_, wording)) in Self.wordings.sorted(by: { $0.key < $1.key }).enumerated() {
            let file = try folder.write(Array(wording.utf8), to: "proposal-\(i).txt")
            let run = try runTaskforce(["annotate", "--text", Repository.demoID, "--article", "5bis", "--stance", "concern",
                                        "--session", "TST-1", "--proposal-file", file.path],
                                       in: folder.url, input: Data("Le bouton doit marcher partout, point \(i + 1).\n".utf8))
            #expect(run.status == 0, "\(run.stderr)")
        }
        try screen.wait { $0.contains("Alarm button") && $0.contains(" 2 ") }
        try screen.send("Down", "Down", "Down", "Down", "Down", "Enter")
        try screen.wait { $0.contains("Article 5bis ━") }
        try screen.send("F4")
        try screen.wait { $0.contains("point 1.") && $0.contains("point 2.") }
        // The selected comment (the first in id order) repeats the other one.
        try screen.type("u")
        try screen.wait { $0.contains("Duplicate: choose the comment it repeats, then Enter.") }
        try screen.send("Down", "Enter")
        try screen.wait { $0.contains("Marked as a duplicate.") }

        // JSON: the original lists the duplicate's wording; which one is which is read there.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(Self.export("json", in: folder.url).utf8)) as? [String: Any])
        let comments = try #require((json["articles"] as? [[String: Any]])?.first?["comments"] as? [[String: Any]])
        #expect(comments.count == 1, "the duplicate is folded under its original")
        let original = try #require(comments.first)
        #expect(original["duplicates"] as? Int == 1)
        let folded = try #require((original["duplicate_proposals"] as? [[String: Any]])?.first)
        let proposal = try #require(folded["proposal"] as? String)
        let word = try #require(Self.wordings.keys.first { proposal.contains($0) }, "\(proposal)")
        let duplicateID = try #require(folded["id"] as? String)

        let markdown = try Self.export("markdown", in: folder.url)
        #expect(markdown.contains("**Proposed wording of a comment that repeats this one** · FR"), "\(markdown)")
        let html = try Self.export("html", in: folder.url)
        #expect(html.contains("<strong>Proposed wording of a comment that repeats this one</strong> · FR"))
        for (format, text) in [("json", proposal), ("markdown", markdown), ("html", html)] {
            #expect(text.contains(word), "\(format) lost the duplicate's wording")
        }
        // CSV: the duplicate's row keeps its wording, and names its original's row.
        let csv = try Self.export("csv", in: folder.url)
        let reader = try CSVReader(string: String(csv.dropFirst()), hasHeaderRow: true)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        let header = try #require(reader.headerRow)
        let wordingColumn = try #require(header.firstIndex(of: "Proposed wording"))
        #expect(header.first == "Id")
        let row = try #require(rows.first { $0.first == duplicateID })
        #expect(row[wordingColumn].contains(word))
        let target = String(try #require(row.last).dropFirst("duplicate of ".count))
        #expect(rows.contains { $0.first == target } && target == original["id"] as? String, "\(row)")
        // Redacted like any other wording, in every format.
        for (format, text) in [("json", proposal), ("markdown", markdown), ("html", html), ("csv", csv)] {
            #expect(!text.contains("0470"), "\(format)")
        }
        if word == "Pangolin" { #expect(proposal.contains("[phone number removed]")) }
    }
}
