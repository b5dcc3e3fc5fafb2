import Foundation
import Testing

/// Issue 15, item 6, through the real terminal: `s` reads the article aloud and `s` again
/// stops the voice (here a stand-in espeak-ng that writes down what it was given and
/// waits, so that stopping can be seen); the real espeak-ng on a machine without sound
/// says so on the status line, and none of its messages reach the screen.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct ReadAloudTerminalTests {
    @Test func sStartsAndStopsTheVoice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let voice = folder.url.appendingPathComponent("voice")
        let bin = voice.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try """
            #!/bin/sh
            echo $$ > "\(voice.path)/pid"
            cat > "\(voice.path)/said"
            exec sleep 60
            """.write(to: bin.appendingPathComponent("espeak-ng"), atomically: true, encoding: .utf8)
        chmod(bin.appendingPathComponent("espeak-ng").path, 0o755)
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let screen = try TmuxSession(["--lang", "en", "--text", Repository.demoID], in: folder.url, environment: ["PATH": path])
        defer { screen.kill() }
        try screen.wait { $0.contains("F1 Help") }
        try screen.type("jjjjj")  // Art. 5bis, in the English version (the interface's language)
        try screen.type("s")
        try screen.wait { $0.contains("Reading the article aloud. s stops.") }
        let said = voice.appendingPathComponent("said")
        var text = ""
        for _ in 0..<100 where !text.contains("alarm button") {
            text = (try? String(contentsOf: said, encoding: .utf8)) ?? ""
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(text.contains("Article 5bis") && text.contains("alarm button"), "the voice was given: \(text)")
        let pid = try #require(Int32(try String(contentsOf: voice.appendingPathComponent("pid"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, 0) == 0, "the voice is not running")
        try screen.type("s")
        try screen.wait { $0.contains("Stopped reading aloud.") }
        var gone = false
        for _ in 0..<100 where !gone {
            gone = kill(pid, 0) != 0
            if !gone { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(gone, "the voice still runs after s stopped it")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/espeak-ng")
                   || ProcessInfo.processInfo.environment["CI"] == "true",
                   "espeak-ng is not installed (scripts/setup installs it)"))
    func theRealVoiceLeavesNoMessageOnTheScreen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let screen = try TmuxSession(["--lang", "en", "--text", Repository.demoID], in: folder.url)
        defer { screen.kill() }
        try screen.wait { $0.contains("F1 Help") }
        try screen.type("s")
        // With sound it reads; without (a server, this CI), it says it could not play.
        let seen = try screen.watch(for: 3) { $0.contains("could not play") }
        #expect(seen.contains("Reading the article aloud") || seen.contains("The voice could not play."), "\(seen)")
        #expect(!seen.contains("ALSA") && !seen.contains("error:"), "espeak-ng's messages reached the screen:\n\(seen)")
        try screen.type("q")
        try screen.wait { $0.contains("EXITED 0") }
    }
}
