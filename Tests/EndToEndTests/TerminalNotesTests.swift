import Foundation
import Testing

/// The notes of an article and kiosk mode, through the real binary in tmux: what a
/// participant sees and what ends up in `Annotations/`.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct TerminalNotesTests {
    private func files(_ folder: TemporaryFolder) -> [String] {
        let dir = folder.url.appendingPathComponent("Annotations/\(Repository.demoID)")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).compactMap {
            try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)
        }
    }

    @Test func meTooThenWriteAndWithdrawOnesOwnComment() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        // With the session records: their keys are what the demo's moderations stand on.
        try Repository.copyDemoAnnotations(into: folder.url, sessions: true)
        let before = files(folder).count
        let endorsementsBefore = files(folder).filter { $0.contains("\"kind\": \"endorsement\"") }.count
        let tmux = try TmuxSession(["--lang", "fr"], in: folder.url)
        defer { tmux.kill() }
        try tmux.wait { $0.contains("F1 Aide") }

        // Somebody else's comment: "me too" is saved as an endorsement.
        try tmux.type(":5bis")
        try tmux.send("Enter", "F4")
        var screen = try tmux.wait { $0.contains("Les avis sur l'art. 5bis") }
        #expect(screen.contains("Le bouton d'alarme est une"))
        #expect(!screen.contains("(le vôtre)"))
        try tmux.type("m")
        screen = try tmux.wait { $0.contains("Vous avez dit") }
        #expect(screen.contains("1 personne a dit"), "the demo comment on 5bis had none")
        #expect(files(folder).filter { $0.contains("\"kind\": \"endorsement\"") }.count == endorsementsBefore + 1)
        try tmux.type("e")
        try tmux.wait { $0.contains("seulement vos propres avis") }

        // One's own comment, then withdrawn.
        try tmux.saveComment("Mon commentaire à retirer.", under: "Votre avis sur l'art. 5bis")
        try tmux.send("F4")
        screen = try tmux.wait { $0.contains("(le vôtre)") }
        #expect(screen.contains("Mon commentaire à retirer."))
        #expect(screen.contains("▸ 5bis  Bouton d'alarme  2"))
        // The list is in id order, so one's own comment may be first or second: as a person
        // would, try to withdraw the selected one, and move down if it is not ours.
        try tmux.type("x")
        screen = try tmux.wait { $0.contains("Retirer votre avis") || $0.contains("seulement vos propres") }
        if screen.contains("seulement vos propres") {
            try tmux.type("jx")
        }
        try tmux.wait { $0.contains("Retirer votre avis") }
        try tmux.type("x")
        screen = try tmux.wait { $0.contains("Votre avis a été retiré.") }
        #expect(!screen.contains("Mon commentaire à retirer."))
        #expect(screen.contains("▸ 5bis  Bouton d'alarme  1"))
        let all = files(folder)
        #expect(all.count == before + 3, "an endorsement, a comment and a withdrawal, nothing deleted")
        #expect(all.filter { $0.contains("\"kind\": \"withdrawal\"") }.count == 1)
        #expect(all.contains { $0.contains("Mon commentaire à retirer.") }, "the withdrawn comment's file stays")
        // The withdrawal carries its writer's signature: it stands, and check finds nothing wrong.
        let check = try runTaskforce(["check"], in: folder.url)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains(", 1 withdrawn; 0 problems."), "\(check.stdout)")
    }

    /// The writer's own edit, signed with the key the screen keeps in memory: it stands
    /// (check is clean) and replaces the comment in the digest.
    @Test func editOnesOwnComment() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let tmux = try TmuxSession(["--lang", "fr"], in: folder.url)
        defer { tmux.kill() }
        try tmux.wait { $0.contains("F1 Aide") }
        try tmux.type(":1")
        try tmux.send("Enter")
        try tmux.saveComment("Premier jet.", under: "Votre avis sur l'art. 1")
        try tmux.send("F4")
        try tmux.wait { $0.contains("(le vôtre)") }
        try tmux.type("e")
        try tmux.wait { $0.contains("Votre avis sur l'art. 1") }
        // The composer opens on the comment, the cursor after its last word.
        try tmux.type(" Corrigé.")
        try tmux.send("C-s")
        // The status line still shows the first save's thanks: wait for the file itself.
        let deadline = Date().addingTimeInterval(10)
        while files(folder).count < 2, Date() < deadline { usleep(50_000) }
        let all = files(folder)
        #expect(all.count == 2, "the comment and its edit")
        #expect(all.filter { $0.contains("\"supersedes\"") && $0.contains("\"signature\"") }.count == 1)
        let check = try runTaskforce(["check"], in: folder.url)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("2 annotations: 1 current comment"), "\(check.stdout)")
        let digest = try runTaskforce(["digest", "--format", "markdown"], in: folder.url)
        #expect(digest.stdout.contains("Corrigé."), "\(digest.stdout)")
    }

    @Test func kioskModeLeavesNothingOfThePreviousParticipant() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        try Repository.copyDemoAnnotations(into: folder.url)
        let tmux = try TmuxSession(["--lang", "fr", "--kiosk", "--session", "BXL-2026-11"], in: folder.url)
        defer { tmux.kill() }
        var screen = try tmux.wait { $0.contains("F1 Aide") }
        #expect(screen.contains("Séance BXL-2026-11") || screen.contains("BXL-2026-11"))
        #expect(screen.contains("ordinateur partagé"))
        #expect(!screen.contains("Bouton d'alarme  1"), "no counts on a shared laptop")
        try tmux.send("F4")
        try tmux.wait { $0.contains("les avis des autres ne sont pas affichés") }

        try tmux.type(":5bis")
        try tmux.send("Enter")
        try tmux.type("a")
        try tmux.wait { $0.contains("Votre avis sur l'art. 5bis") }
        try tmux.send("Right", "Tab", "Tab")
        try tmux.type("Personne ne doit lire ceci après moi.")
        try tmux.wait { $0.contains("Personne ne doit lire ceci après moi.") }
        try tmux.send("C-s")
        screen = try tmux.wait { $0.contains("prêt pour la personne suivante") }
        #expect(!screen.contains("Personne ne doit lire"))
        #expect(screen.contains("▸ 1 "), "back to the first article")
        // The comment is saved, with the session code.
        #expect(files(folder).contains { $0.contains("Personne ne doit lire ceci après moi.") && $0.contains("\"session\": \"BXL-2026-11\"") })
        // The next participant cannot reach it: no notes, and `a` on 5bis starts empty.
        try tmux.type(":5bis")
        try tmux.send("Enter")
        try tmux.type("a")
        screen = try tmux.wait { $0.contains("Votre avis sur l'art. 5bis") }
        #expect(!screen.contains("Personne ne doit lire"))
    }
}
