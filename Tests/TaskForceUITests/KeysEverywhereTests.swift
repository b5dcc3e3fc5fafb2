import TaskForceCore
import Testing
@testable import TaskForceUI

/// Issue 15, items 3 and 4: typing right after `a` writes the comment, and the F-keys that
/// laptops take (F5, F6, F12) have Ctrl-key twins that work in the composer too.
struct KeysEverywhereTests {
    static func run(_ script: String) throws -> ReviewModel {
        try NotesUpdateTests.run(script, on: ReviewUpdateTests.model()).0
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var keys: String
        var text = ""
        var field: Composer.Field
        var stance: Stance? = nil
        var testDescription: String { keys }
    }

    static let rows: [Row] = [
        Row(keys: "aBonjour", text: "Bonjour", field: .comment),          // straight into the comment
        Row(keys: "a2", field: .stance, stance: Stance.allCases[1]),      // a digit still chooses
        Row(keys: "a2Oui", text: "Oui", field: .comment, stance: Stance.allCases[1]),
        Row(keys: "a<Tab>x", text: "x", field: .comment),                 // from the themes too
        Row(keys: "a<Tab><Space>", field: .themes),                       // Space still ticks
    ]

    @Test(arguments: rows) func typingGoesToTheComment(_ row: Row) throws {
        let m = try Self.run(row.keys)
        #expect(m.composer?.comment.text == row.text)
        #expect(m.composer?.field == row.field)
        #expect(m.composer?.stance == row.stance)
    }

    @Test func ctrlKeysStandInForTheFKeys() throws {
        var m = try Self.run("aMot<C-g>")
        #expect(m.hidden && m.composer?.comment.text == "Mot", "Ctrl-G hides, even in the composer")
        ReviewUpdate.update(&m, .key(.control("g")))
        #expect(!m.hidden)
        m = try Self.run("a<C-p>")
        #expect(m.composer?.field == .proposal)
        m = try Self.run("a<C-l>")
        #expect(m.composer?.language == "nl")
        m = try Self.run("<C-g>")
        #expect(m.hidden)
    }
}
