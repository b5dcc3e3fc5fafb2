import Foundation
import Testing

/// A shared laptop that holds the room (issue 13, item 1), through the real binary in tmux,
/// started from an interactive shell as a facilitator would.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct KioskRoomTests {
    /// Every file under `Annotations/`, as text: where a participant's words could be left.
    private func everything(in folder: TemporaryFolder) -> String {
        let root = folder.url.appendingPathComponent("Annotations")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return files.compactMap { try? String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }.joined()
    }

    private func start(in folder: TemporaryFolder, term: String = "xterm-256color") throws -> TmuxSession {
        try TmuxSession.frenchKiosk(in: folder.url, term: term)
    }

    @Test func theNextPersonFindsNothingAndNoKeyLeavesByChance() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let tmux = try start(in: folder)
        defer { tmux.kill() }

        // Typed, then Esc: asked once; Enter throws it away.
        try tmux.type(":5bis")
        try tmux.send("Enter")
        try tmux.type("a")
        try tmux.wait { $0.contains("Votre avis sur l'art. 5bis") }
        try tmux.send("Right", "Tab", "Tab")
        try tmux.type("MOTS DE LA PERSONNE AVANT")
        try tmux.wait { $0.contains("MOTS DE LA PERSONNE AVANT") }
        try tmux.send("Escape")
        try tmux.wait { $0.contains("Jeter ce que vous avez écrit") }
        try tmux.send("Enter")
        try tmux.wait { $0.contains("a été jeté") && !$0.contains("MOTS DE LA PERSONNE AVANT") }
        // The next person on the same article: an empty composer.
        try tmux.type("a")
        let next = try tmux.wait { $0.contains("Votre avis sur l'art. 5bis") }
        #expect(!next.contains("MOTS DE LA PERSONNE AVANT"))
        try tmux.send("Escape")
        try tmux.wait { !$0.contains("Votre avis sur") }

        // q, F10, Ctrl-C, Ctrl-Z, Ctrl-\ leave the kiosk in front.
        for key in ["q", "F10", "C-c", "C-z", "C-\\"] {
            try tmux.send(key)
            let screen = try tmux.watch(for: 1.5) { !$0.contains("ordinateur partagé") }
            #expect(screen.contains("ordinateur partagé"), "\(key) left the kiosk:\n\(screen)")
            #expect(try tmux.pane("alternate_on") == "1", "\(key) gave the shell back")
        }
        #expect(!everything(in: folder).contains("MOTS DE LA PERSONNE AVANT"), "nothing of it was written")

        // The facilitator's sequence closes it.
        try tmux.send("C-q", "C-q", "C-q")
        try tmux.wait(timeout: 15) { _ in (try? tmux.pane("alternate_on")) == "0" }
        try tmux.type("echo closed-$?")
        try tmux.send("Enter")
        try tmux.wait { $0.contains("\nclosed-0") }
    }

    /// A save that fails (the text's folder is a plain file) and is then thrown away leaves
    /// the words nowhere on disk: a kiosk's save does not pass through drafts/ (issue 13).
    @Test func aFailedSaveThrownAwayLeavesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let annotations = folder.url.appendingPathComponent("Annotations")
        try FileManager.default.createDirectory(at: annotations, withIntermediateDirectories: true)
        try Data("pas un dossier".utf8).write(to: annotations.appendingPathComponent(Repository.demoID))
        let tmux = try start(in: folder)
        defer { tmux.kill() }
        try tmux.type("a")
        try tmux.wait { $0.contains("Votre avis sur") }
        try tmux.send("Right", "Tab", "Tab")
        try tmux.type("MOTS PRIVES DU KIOSQUE")
        try tmux.wait { $0.contains("MOTS PRIVES DU KIOSQUE") }
        try tmux.send("C-s")
        try tmux.wait { $0.contains("L'enregistrement n'a pas marché") }
        try tmux.send("Escape")
        try tmux.wait { $0.contains("Jeter ce que vous avez écrit") }
        try tmux.send("Enter")
        try tmux.wait { $0.contains("a été jeté") }
        #expect(!everything(in: folder).contains("MOTS PRIVES"), "the words were left on disk")
        let drafts = annotations.appendingPathComponent("drafts")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: drafts.path)) ?? []).isEmpty)
        try tmux.send("C-q", "C-q", "C-q")
        try tmux.wait(timeout: 15) { _ in (try? tmux.pane("alternate_on")) == "0" }
    }

    /// On a terminal without an alternate screen (the Linux console of braille and speech
    /// users), the last frame used to stay after quitting: a comment in front of the next person.
    @Test func onTheLinuxConsoleNothingStaysAfterClosing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let tmux = try start(in: folder, term: "linux")
        defer { tmux.kill() }
        try tmux.type("a")
        try tmux.wait { $0.contains("Votre avis sur") }
        try tmux.send("Right", "Tab", "Tab")
        try tmux.type("TRACE A NE PAS LAISSER")
        try tmux.wait { $0.contains("TRACE A NE PAS LAISSER") }
        try tmux.send("C-q", "C-q", "C-q")
        try tmux.type("echo closed-$?")
        try tmux.send("Enter")
        let after = try tmux.wait { $0.contains("\nclosed-0") }
        #expect(!after.contains("TRACE A NE PAS LAISSER") && !after.contains("ordinateur partagé"), "\(after)")
        // Nor in the lines scrolled off the top (cleared with terminfo's E3 on closing).
        let history = try tmux.screenWithHistory()
        #expect(!history.contains("TRACE A NE PAS LAISSER"), "\(history)")
        #expect(!everything(in: folder).contains("TRACE A NE PAS LAISSER"))
    }
}
