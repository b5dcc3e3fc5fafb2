import Foundation
import Testing

/// Issue 15, item 2: below 80×24 the reader shows one column, and `l` brings the article
/// list back over the whole window. Driven in tmux at 40×12 on the real binary: the list
/// opens, ↓ moves with the terminal's cursor on the chosen row (screen readers follow it),
/// Enter reads the chosen article, Esc goes back to the article unchanged.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct SmallWindowListTests {
    @Test func theListOpensMovesAndOpensAnArticleAt40By12() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let tmux = try TmuxSession(["--lang", "en", "--text", Repository.demoID], in: folder.url)
        defer { tmux.kill() }
        try tmux.resize(columns: 40, rows: 12)
        try tmux.wait { $0.contains("article 1 of") }

        try tmux.type("l")
        try tmux.wait { $0.contains("▸ 1 ") && $0.contains("Articles") }
        try tmux.type("jj")
        let screen = try tmux.wait { $0.contains("▸ 3 ") }
        let lines = screen.components(separatedBy: "\n")
        let row = try #require(lines.firstIndex { $0.contains("▸ 3 ") })
        let column = try #require(lines[row].range(of: "▸ 3 ")).lowerBound
        #expect(Int(try tmux.pane("cursor_y")) == row, "\(screen)")
        #expect(Int(try tmux.pane("cursor_x")) == lines[row].distance(from: lines[row].startIndex, to: column), "\(screen)")

        try tmux.send("Enter")
        try tmux.wait { $0.contains("article 3 of") && !$0.contains("▸ ") }

        // Esc: back to the article being read, whatever was chosen in the list.
        try tmux.type("l")
        try tmux.wait { $0.contains("▸ 3 ") }
        try tmux.type("j")
        try tmux.wait { $0.contains("▸ 4 ") }
        try tmux.send("Escape")
        try tmux.wait { $0.contains("article 3 of") && !$0.contains("▸ ") }
    }
}
