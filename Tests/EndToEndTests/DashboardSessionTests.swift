import Foundation
import Testing

/// Issue 14, item 4, through the real binary: a new session's dashboard counts what its
/// own room said (comments written in it), not every session's; `s` counts all sessions
/// and the line under the list says which is shown.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct DashboardSessionTests {
    static func comment(_ folder: URL, article: String, session: String?) throws {
        let run = try runTaskforce(["annotate", "--text", Repository.demoID, "--article", article, "--stance", "concern"]
                                       + (session.map { ["--session", $0] } ?? []),
                                   in: folder, input: Data("Le bouton doit marcher partout.\n".utf8))
        #expect(run.status == 0, "\(run.stderr)")
    }

    /// The 5bis row's words, split on spaces and the frame.
    static func row(_ screen: String) -> [String] {
        screen.split(separator: "\n").first { $0.contains(" 5bis ") }
            .map { $0.split(whereSeparator: { " ┃▸│".contains($0) }).map(String.init) } ?? []
    }

    @Test func theDashboardCountsItsOwnSessionUntilSIsPressed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        // Another city's session said two things on 5bis before this one started.
        try Self.comment(folder.url, article: "5bis", session: "GNT-2026-01")
        try Self.comment(folder.url, article: "5bis", session: nil)

        let screen = try TmuxSession(["--facilitator", "--session", "TST-1", "--lang", "en", "--text", Repository.demoID],
                                     in: folder.url)
        defer { screen.kill() }
        try screen.fillNewSession(under: "New session TST-1", place: "Namur", headcount: 6)
        try screen.wait { $0.contains("TST-1 · Namur · 6") && $0.contains("Counted: this session (TST-1) only") }
        #expect(Self.row(try screen.screen()) == ["5bis", "Alarm", "button"], "the other sessions' comments are not counted")

        // This room's comment arrives and is counted; the others still are not.
        try Self.comment(folder.url, article: "5bis", session: "TST-1")
        try screen.wait { Self.row($0) == ["5bis", "Alarm", "button", "1"] }

        try screen.type("s")
        try screen.wait { $0.contains("Counted: all sessions.") && Self.row($0) == ["5bis", "Alarm", "button", "3"] }
        try screen.type("s")
        try screen.wait { $0.contains("Counted: this session (TST-1) only") && Self.row($0) == ["5bis", "Alarm", "button", "1"] }
    }
}
