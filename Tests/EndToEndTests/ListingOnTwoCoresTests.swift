import Foundation
import Testing

/// `parse` lists a code of 2,000 articles or more in two halves, the later one made on another
/// core (`ArticleListing.write`). Joined, the halves must read exactly as one listing: no line
/// lost or doubled at the join, the heading printed where the path changes there and only
/// there, a hostile first line sanitized in the later half as in the first.
struct ListingOnTwoCoresTests {
    /// A bill of `count` articles, each with a short first line, and a chapter heading before
    /// each article whose (1-based) number is in `chapters`; the expected listing beside it.
    /// Article `hostile`'s first line holds an escape sequence; its expected line is left for
    /// the caller (`nil` in the list).
    static func bill(count: Int, chapters: [Int], hostile: Int) -> (text: String, expected: [String?]) {
        var text = "Loi d'essai des listes longues\n\n"
        var expected: [String?] = ["Loi d'essai des listes longues", ""]
        for n in 1...count {
            if let chapter = chapters.firstIndex(of: n) {
                let heading = "CHAPITRE \(chapter + 1). - Partie \(chapter + 1)"
                text += "\(heading)\n\n"
                expected.append(heading)
            }
            let line = n == hostile ? "Texte \u{1B}[31mrouge\u{1B}[0m de l'article." : "Texte court de l'article \(n)."
            text += "Art. \(n). \(line)\nSuite du texte, qui ne paraît pas dans la liste.\n\n"
            let number = "\(n)" + String(repeating: " ", count: max(0, 8 - "\(n)".count))
            expected.append(n == hostile ? nil : "  \(number) Art. \(n).  \(line)")
        }
        expected += ["", "\(count) articles."]
        return (text, expected)
    }

    @Test(arguments: [
        // The later half starts at article 1,201 (index 1,200): a chapter starts right there.
        (2_400, [1, 700, 1_201, 2_000], 1_800),
        // An odd count: the later half starts at article 1,201 of 2,401, inside a chapter.
        (2_401, [1, 700, 2_000], 1_201),
        // No heading at all: every path is empty on both sides of the join.
        (2_000, [], 1_500),
    ])
    func halvesJoinedReadAsOneListing(count: Int, chapters: [Int], hostile: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let made = Self.bill(count: count, chapters: chapters, hostile: hostile)
        let file = try folder.write(Array(made.text.utf8), to: "longue.fr.txt")
        // The hostile article alone: a listing far too short for a second thread.
        let alone = try folder.write(Array("Loi\n\nArt. \(hostile). Texte \u{1B}[31mrouge\u{1B}[0m de l'article.\n".utf8), to: "seule.fr.txt")

        let result = try runTaskforce(["parse", file.path], in: folder.url)
        let single = try runTaskforce(["parse", alone.path], in: folder.url)

        #expect(result.status == 0 && single.status == 0, "stderr: \(result.stderr) \(single.stderr)")
        let hostileLine = try #require(single.stdout.split(separator: "\n").first { $0.hasPrefix("  \(hostile) ") })
        #expect(!hostileLine.contains("\u{1B}"), "the escape reached the listing: \(hostileLine)")
        let expected = made.expected.map { $0 ?? String(hostileLine) }.joined(separator: "\n") + "\n"
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == wanted.count, "\(lines.count) lines printed, \(wanted.count) expected")
        if let first = zip(lines, wanted).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
            Issue.record("line \(first.offset + 1) reads \"\(first.element.0)\", expected \"\(first.element.1)\"")
        }
        #expect(result.stdout == expected)
    }
}
