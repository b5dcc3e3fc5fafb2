import Foundation
import Testing

/// The real binary in a real terminal (tmux): what a participant sees and does.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct TerminalSessionTests {
    private func start() throws -> (TmuxSession, TemporaryFolder) { try startOnTheDemoBill() }

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
        // Large letters: 50×16 is served, the article in one column.
        try tmux.resize(columns: 50, rows: 16)
        let small = try tmux.wait { $0.contains("F1 Aide") && !$0.contains("┌ Articles") }
        #expect(small.contains("article 1 sur"), "\(small)")
        try tmux.resize(columns: 36, rows: 10)
        #expect(try tmux.wait { $0.contains("au moins 40×12") }.contains("36×10"))
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

/// taskforce in French on a copy of the demonstration bill, once its screen is up.
func startOnTheDemoBill() throws -> (TmuxSession, TemporaryFolder) {
    let folder = try TemporaryFolder()
    try Repository.copyDemoTexts(into: folder.url)
    let session = try TmuxSession(["--lang", "fr"], in: folder.url)
    try session.wait { $0.contains("F1 Aide") }
    return (session, folder)
}

/// Writing a comment from the keyboard, as a participant does, and what happens when
/// the terminal goes away in the middle of one.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct TerminalCommentTests {
    private func annotations(_ folder: TemporaryFolder, _ sub: String) -> [URL] {
        let dir = folder.url.appendingPathComponent("Annotations/\(sub)")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).map { dir.appendingPathComponent($0) }
    }

    @Test func annotatesAnArticleFromTheKeyboardAndFindsTheSavedFile() throws {
        let (tmux, folder) = try startOnTheDemoBill()
        defer { tmux.kill(); folder.remove() }
        try tmux.type("jjjjja")
        try tmux.wait { $0.contains("Votre avis sur l'art. 5bis") }
        try tmux.send("Right", "Right", "Tab", "Space", "Tab")
        try tmux.type("Le bouton doit marcher à domicile aussi, même la nuit. 会議")
        try tmux.send("C-s")  // Ctrl-S must reach the program, not freeze the terminal (XOFF)
        let screen = try tmux.wait { $0.contains("Enregistré. Merci.") }
        #expect(screen.contains("Enregistré. Merci."))
        #expect(screen.contains("▸ 5bis  Bouton d'alarme  1"))
        let saved = annotations(folder, "demo-travail-du-sexe")
        #expect(saved.count == 1)
        let json = try String(contentsOf: try #require(saved.first), encoding: .utf8)
        #expect(json.contains("\"body\": \"Le bouton doit marcher à domicile aussi, même la nuit. 会議\""))
        #expect(json.contains("\"stance\": \"concern\""))
        #expect(json.contains("\"article\": \"5bis\""))
        #expect(annotations(folder, "drafts").isEmpty, "the draft is removed once the comment is saved")
    }

    /// Resizing in the middle of a comment, even below the minimum size, loses nothing.
    @Test func aResizeInsideTheComposerKeepsTheComment() throws {
        let (tmux, folder) = try startOnTheDemoBill()
        defer { tmux.kill(); folder.remove() }
        try tmux.type("jja")
        try tmux.wait { $0.contains("Votre avis") }
        try tmux.send("Right", "Tab", "Tab")
        try tmux.type("Écrit avant le redimensionnement, 会議.")
        try tmux.wait { $0.contains("Écrit avant le redimensionnement") }
        try tmux.resize(columns: 50, rows: 16)
        try tmux.wait { $0.contains("Écrit avant le") && !$0.contains("trop petite") }
        try tmux.resize(columns: 36, rows: 10)
        try tmux.wait { $0.contains("trop petite") }
        try tmux.resize(columns: 100, rows: 30)
        let screen = try tmux.wait { $0.contains("Écrit avant le redimensionnement, 会議.") }
        #expect(screen.contains("Votre avis sur l'art. 3"))
        try tmux.type(" Et après.")
        try tmux.send("C-s")
        try tmux.wait { $0.contains("Enregistré. Merci.") }
        let saved = annotations(folder, "demo-travail-du-sexe")
        #expect(saved.count == 1)
        let json = try String(contentsOf: try #require(saved.first), encoding: .utf8)
        #expect(json.contains("Écrit avant le redimensionnement, 会議. Et après."))
    }

    @Test(arguments: [SIGHUP, SIGTERM, SIGINT])
    func aHangUpMidCommentKeepsTheDraftAndRestoresTheTerminal(_ signal: Int32) throws {
        let (tmux, folder) = try startOnTheDemoBill()
        defer { tmux.kill(); folder.remove() }
        try tmux.type("jja")
        try tmux.wait { $0.contains("Votre avis") }
        try tmux.send("Tab", "Tab")
        try tmux.type("pas encore fini")
        try tmux.wait { $0.contains("pas encore fini") }
        try tmux.signal(signal)
        let screen = try tmux.wait { $0.contains("EXITED") }
        #expect(screen.contains("EXITED 0"))
        #expect(!screen.contains("Votre avis"), "the review screen is gone: endwin restored the terminal")
        let drafts = annotations(folder, "drafts")
        #expect(drafts.count == 1)
        if let draft = drafts.first {
            #expect(try String(contentsOf: draft, encoding: .utf8).contains("pas encore fini"))
        }
        #expect(annotations(folder, "demo-travail-du-sexe").isEmpty)
    }
}
