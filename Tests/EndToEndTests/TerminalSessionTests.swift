import Foundation
import Testing

/// The real binary in a real terminal (tmux): what a participant sees and does.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct TerminalSessionTests {
    private func start(_ arguments: [String] = ["--lang", "fr"], columns: Int = 80, rows: Int = 24)
        throws -> (TmuxSession, TemporaryFolder) {
        let folder = try TemporaryFolder()
        try Repository.copyDemoTexts(into: folder.url)
        let session = try TmuxSession(arguments, in: folder.url, columns: columns, rows: rows)
        try session.wait { $0.contains("F1 Aide") }
        return (session, folder)
    }

    @Test func readsTheDemoBillFromTheKeyboard() throws {
        let (tmux, folder) = try start()
        defer { tmux.kill(); folder.remove() }
        try tmux.type("jjjjj")
        let screen = try tmux.wait { $0.contains("▸ 5bis  Bouton d'alarme") }
        #expect(screen.contains("▸ 5bis  Bouton d'alarme"))
        #expect(screen.contains("§ 1er. Chaque chambre"))
        try tmux.send("F5")
        #expect(try tmux.wait { $0.contains("▸ 5bis  Alarmknop") }.contains("▸ 5bis  Alarmknop"))
    }

    @Test func quickHideAndBackToTheSamePlace() throws {
        let (tmux, folder) = try start()
        defer { tmux.kill(); folder.remove() }
        try tmux.type("jjj")
        try tmux.wait { $0.contains("▸ 4") }
        try tmux.send("F12")
        let hidden = try tmux.wait { $0.contains("Soupe aux légumes") }
        #expect(!hidden.contains("taskforce") && !hidden.contains("Art."))
        try tmux.send("F12")
        #expect(try tmux.wait { $0.contains("▸ 4") }.contains("F1 Aide"))
    }

    @Test func resizesAndSaysWhenTooSmall() throws {
        let (tmux, folder) = try start()
        defer { tmux.kill(); folder.remove() }
        try tmux.resize(columns: 70, rows: 20)
        #expect(try tmux.wait { $0.contains("au moins 80×24") }.contains("70×20"))
        try tmux.resize(columns: 120, rows: 30)
        let wide = try tmux.wait { $0.contains("F1 Aide") && $0.split(separator: "\n").count >= 29 }
        #expect(wide.contains("CHAPITRE 1er. - Dispositions générales › Article 1er"))
    }

    @Test func quitsWithQAndRestoresTheTerminal() throws {
        let (tmux, folder) = try start()
        defer { tmux.kill(); folder.remove() }
        try tmux.type("q")
        let screen = try tmux.wait { $0.contains("EXITED") }
        #expect(screen.contains("EXITED 0"))
        // endwin() left the alternate screen: the review screen is gone from the pane.
        #expect(!screen.contains("F1 Aide"))
    }

    /// Escape sequences and bidi overrides in a text are shown, never obeyed.
    @Test func hostileTextIsDrawnNotObeyed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let texts = folder.url.appendingPathComponent("Texts")
        try FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
        let hostile = "---\ntitle: Piège\n---\nArt. 1\nTitre\nAvant \u{1B}[2J\u{1B}[31mrouge\u{1B}]0;PWNED\u{07} \u{202E}exe.txt fin.\n"
        try Data(hostile.utf8).write(to: texts.appendingPathComponent("piege.fr.txt"))
        let tmux = try TmuxSession(["--lang", "fr"], in: folder.url)
        defer { tmux.kill() }
        let screen = try tmux.wait { $0.contains("F1 Aide") }
        #expect(screen.contains("Avant ␛[2J␛[31mrouge␛]0;PWNED␇ �exe.txt fin."))
        let title = try TmuxSession.tmux(["display-message", "-p", "-t", tmux.name, "#{pane_title}"])
        #expect(!title.contains("PWNED"))
    }
}
