import Foundation
import Testing

/// Issue 15, "Must show": on a shared laptop passed round a mixed room, a participant
/// switches the interface to their language with `i`, and the next one to theirs, through
/// the real binary in tmux, started from a shell as a facilitator would.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct KioskLanguageTests {
    @Test func eachParticipantSwitchesToTheirLanguage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let tmux = try TmuxSession.frenchKiosk(in: folder.url)
        defer { tmux.kill() }
        try tmux.type(":5bis")
        try tmux.send("Enter")

        // The first participant reads Romanian: French, Dutch, then Romanian.
        try tmux.send("i")
        try tmux.wait { $0.contains("gedeelde computer") && $0.contains("Het scherm is nu in het Nederlands") }
        try tmux.send("i")
        try tmux.wait { $0.contains("Ecranul e acum în română") && $0.contains("calculator comun") }
        try tmux.compose("CUVINTELE PRIMEI PERSOANE", under: "Comentariul tău la Art. 5bis")
        try tmux.send("C-s")
        try tmux.wait { $0.contains("Salvat. Mulțumim. Ecranul e gata pentru persoana următoare.") }

        // The next one reads Bulgarian: Portuguese and Spanish on the way.
        try tmux.send("i")
        try tmux.wait { $0.contains("A tela agora está em português") && $0.contains("computador compartilhado") }
        try tmux.send("i", "i")
        try tmux.wait { $0.contains("Екранът вече е на български") && $0.contains("общ компютър") }
        try tmux.type("a")
        // The screen went back to the first article for them.
        let next = try tmux.wait { $0.contains("Вашият коментар към чл. 1 ") && $0.contains("подкрепям") }
        #expect(next.contains("Ctrl-S Запази") && next.contains("F12 Скрий"), "the key bar:\n\(next)")
        #expect(!next.contains("CUVINTELE PRIMEI PERSOANE"), "the previous person's words:\n\(next)")

        // Only the comment was written, in the text's language, not the interface's.
        let saved = try FileManager.default.contentsOfDirectory(
            at: folder.url.appendingPathComponent("Annotations/\(Repository.demoID)"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        #expect(saved.count == 1)
        let record = try saved.first.map { try JSONSerialization.jsonObject(with: Data(contentsOf: $0)) as? [String: Any] } ?? nil
        #expect(record?["body"] as? String == "CUVINTELE PRIMEI PERSOANE" && record?["language"] as? String == "fr",
                "\(String(describing: record))")
    }
}
