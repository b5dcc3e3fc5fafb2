import Foundation
import Testing

/// Issue 15: the terminal's cursor is where the focus is, so that a screen reader (Orca,
/// speakup) or a braille display (brltty), which follow the cursor, read what has the focus.
/// Read from tmux (`#{cursor_x}`, `#{cursor_y}`) on the real binary.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct CursorFocusTests {
    /// The cursor's row and column, and the pane's lines.
    private func cursor(_ tmux: TmuxSession) throws -> (row: Int, column: Int, lines: [String]) {
        let lines = try tmux.screen().components(separatedBy: "\n")
        return (Int(try tmux.pane("cursor_y")) ?? -1, Int(try tmux.pane("cursor_x")) ?? -1, lines)
    }

    /// The row of the first line containing `text`, and the column where `text` ends
    /// (every character on these lines is one column wide).
    private func end(of text: String, in lines: [String]) -> (row: Int, column: Int)? {
        for (row, line) in lines.enumerated() {
            if let range = line.range(of: text) { return (row, line.distance(from: line.startIndex, to: range.upperBound)) }
        }
        return nil
    }

    @Test func theCursorFollowsTheFocusInTheReaderComposerAndSearch() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let tmux = try TmuxSession(["--lang", "fr"], in: folder.url)
        defer { tmux.kill() }
        try tmux.wait { $0.contains("F1 Aide") && $0.contains("▸ 1 ") }

        // The reader: on the selected article of the list, at its ▸.
        var seen = try cursor(tmux)
        var selected = try #require(end(of: "▸ 1 ", in: seen.lines))
        #expect(seen.row == selected.row && seen.column == selected.column - 4, "\(seen)")
        try tmux.type("jj")
        try tmux.wait { $0.contains("▸ 3 ") }
        seen = try cursor(tmux)
        selected = try #require(end(of: "▸ 3 ", in: seen.lines))
        #expect(seen.row == selected.row && seen.column == selected.column - 4, "\(seen)")

        // The composer: right after the last character typed in the comment.
        try tmux.type("a")
        try tmux.wait { $0.contains("Votre avis sur") }
        try tmux.send("Tab", "Tab")
        try tmux.type("Bonjour la salle")
        try tmux.wait { $0.contains("Bonjour la salle") }
        seen = try cursor(tmux)
        let typed = try #require(end(of: "Bonjour la salle", in: seen.lines))
        #expect(seen.row == typed.row && seen.column == typed.column, "\(seen)")

        // The search question on the bottom row: after what was typed.
        try tmux.send("Escape")
        try tmux.wait { !$0.contains("Votre avis sur") }
        try tmux.type("/alarme")
        try tmux.wait { $0.contains("alarme") && $0.split(separator: "\n").last?.contains("alarme") == true }
        seen = try cursor(tmux)
        let question = try #require(end(of: "alarme", in: [seen.lines[23]]))
        #expect(seen.row == 23 && seen.column == question.column, "\(seen)")
    }

    /// The reading mode (`--reading`) in a 40×12 window, as with very large letters: no frame
    /// on screen, the cursor on the line that says which article this is, and in the
    /// composer right after what was typed.
    @Test func theReadingModeInASmallWindow() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let tmux = try TmuxSession(["--lang", "en", "--reading", "--text", Repository.demoID], in: folder.url)
        defer { tmux.kill() }
        try tmux.resize(columns: 40, rows: 12)
        try tmux.type("jj")
        var screen = try tmux.wait { $0.contains("article 3 of") }
        #expect(!screen.unicodeScalars.contains { (0x2500...0x257F).contains($0.value) }, "a frame is drawn:\n\(screen)")
        var seen = try cursor(tmux)
        #expect(seen.row == 1 && seen.column == 1 && seen.lines[1].contains("Article 3"), "\(seen)")
        try tmux.type("a")
        try tmux.wait { $0.contains("Your comment on Art. 3") }
        try tmux.send("Tab", "Tab")
        try tmux.type("Big letters")
        screen = try tmux.wait { $0.contains("Big letters") }
        seen = try cursor(tmux)
        let typed = try #require(end(of: "Big letters", in: seen.lines), "\(screen)")
        #expect(seen.row == typed.row && seen.column == typed.column, "\(seen)")
    }

    @Test func theCursorIsOnTheChosenTextAndInTheSessionForm() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let texts = try Repository.copyDemoTexts(into: folder.url)
        try "Loi brève\n\nArt. 1er. Un seul article.\n".write(to: texts.appendingPathComponent("loi-breve.fr.txt"),
                                                             atomically: true, encoding: .utf8)
        var tmux = try TmuxSession(["--lang", "fr"], in: folder.url)
        try tmux.wait { $0.contains("▸ ") && $0.contains("Loi brève") }
        var seen = try cursor(tmux)
        var selected = try #require(seen.lines.firstIndex { $0.contains("▸ ") })
        #expect(seen.row == selected, "\(seen)")
        try tmux.send("Down")
        try tmux.wait { $0.components(separatedBy: "\n").firstIndex { $0.contains("▸ ") } != selected }
        seen = try cursor(tmux)
        selected = try #require(seen.lines.firstIndex { $0.contains("▸ ") })
        #expect(seen.row == selected, "\(seen)")
        tmux.kill()

        // The facilitator's form for a new session: after the place being typed.
        tmux = try TmuxSession(["--lang", "fr", "--facilitator", "--session", "CUR-1", "--text", Repository.demoID],
                               in: folder.url)
        defer { tmux.kill() }
        try tmux.wait { $0.contains("CUR-1") }
        try tmux.type("Liège centre")
        try tmux.wait { $0.contains("Liège centre") }
        seen = try cursor(tmux)
        let place = try #require(end(of: "Liège centre", in: seen.lines))
        #expect(seen.row == place.row && seen.column == place.column, "\(seen)")
    }
}
