import Foundation
import ReviewRuntime
import TaskForceCore
import Testing
@testable import TaskForceUI

/// The voice that reads an article aloud (issue 15, item 6): espeak-ng itself says each
/// demonstration article's language out loud (to a WAV file here, never in the program), and
/// the plumbing around it (the text on standard input, stopping, a missing or failing
/// program) works with a stand-in program.
struct EspeakSpeechTests {
    static let texts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Texts")

    /// The samples of a 16-bit mono WAV file (espeak-ng writes 22,050 Hz), after its header.
    static func samples(_ data: Data) -> (rate: Int, samples: [Int16])? {
        let bytes = [UInt8](data)
        guard bytes.count > 44, String(decoding: bytes[0..<4], as: UTF8.self) == "RIFF" else { return nil }
        func u32(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24 }
        let rate = u32(24)
        // Find the "data" chunk.
        var at = 12
        while at + 8 <= bytes.count {
            let size = u32(at + 4)
            if String(decoding: bytes[at..<(at + 4)], as: UTF8.self) == "data" {
                let end = min(bytes.count, at + 8 + size)
                let samples = stride(from: at + 8, to: end - 1, by: 2).map { Int16(bitPattern: UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8) }
                return (rate, samples)
            }
            at += 8 + size
        }
        return nil
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/espeak-ng")
                   || ProcessInfo.processInfo.environment["CI"] == "true",
                   "espeak-ng is not installed (scripts/setup installs it)"),
          arguments: ["fr", "nl", "en"])
    func espeakSaysAnArticleInItsLanguage(_ language: String) throws {
        let file = "demo-travail-du-sexe.\(language).txt"
        let source = try String(contentsOf: Self.texts.appendingPathComponent(file), encoding: .utf8)
        let article = try #require(TextSplitter.split(source, file: file).articles.first { $0.number == "5bis" })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taskforce-voice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let wav = folder.appendingPathComponent("said.wav")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/espeak-ng")
        process.arguments = EspeakSpeech.arguments(language: language) + ["-w", wav.path]
        let input = Pipe()
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data(article.text.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let (rate, samples) = try #require(Self.samples(try Data(contentsOf: wav)), "not a WAV file")
        // About 60 words: several seconds of speech, and not silence.
        let seconds = Double(samples.count) / Double(rate)
        let loud = samples.filter { abs(Int($0)) > 1_000 }.count
        #expect(seconds > 5, "\(language): \(seconds) s")
        #expect(Double(loud) / Double(samples.count) > 0.05, "\(language): almost silent (\(loud) loud samples)")
    }

    /// A stand-in espeak-ng that writes down its arguments and what it was given to say,
    /// then waits (or fails, as espeak-ng does without a sound device).
    static func standIn(_ folder: URL, fails: Bool = false) throws -> String {
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let script = """
            #!/bin/sh
            echo "$@" > "\(folder.path)/arguments"
            cat > "\(folder.path)/said"
            \(fails ? "echo 'ALSA lib pcm.c: Unknown PCM default' >&2; echo 'error: No such file or directory' >&2; exit 0" : "exec sleep 30")
            """
        let program = bin.appendingPathComponent("espeak-ng")
        try script.write(to: program, atomically: true, encoding: .utf8)
        chmod(program.path, 0o755)
        return bin.path
    }

    static func waitFor(_ inbox: MessageInbox, seconds: Double = 10) -> [ReviewMsg] {
        let deadline = Date().addingTimeInterval(seconds)
        var got: [ReviewMsg] = []
        while got.isEmpty, Date() < deadline {
            got = inbox.drain()
            if got.isEmpty { Thread.sleep(forTimeInterval: 0.05) }
        }
        return got
    }

    @Test func theTextGoesOnStandardInputAndStopEndsIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taskforce-voice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let speech = EspeakSpeech(path: try Self.standIn(folder))
        let inbox = MessageInbox()
        #expect(speech.speak("Le bouton d'alarme.", language: "fr", inbox: inbox) == nil)
        let said = folder.appendingPathComponent("said")
        let deadline = Date().addingTimeInterval(10)
        while (try? String(contentsOf: said, encoding: .utf8)) != "Le bouton d'alarme.", Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(try String(contentsOf: said, encoding: .utf8) == "Le bouton d'alarme.")
        // Not in its arguments, where other users of the machine could read it.
        #expect(try String(contentsOf: folder.appendingPathComponent("arguments"), encoding: .utf8) == "-v fr -s 150 --stdin\n")
        speech.stop()
        #expect(Self.waitFor(inbox) == [.aloudEnded(.stopped)])
    }

    @Test func aProgramThatCannotPlayOrIsMissingIsSaid() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taskforce-voice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inbox = MessageInbox()
        let failing = EspeakSpeech(path: try Self.standIn(folder, fails: true))
        #expect(failing.speak("Un.", language: "nl", inbox: inbox) == nil)
        #expect(Self.waitFor(inbox) == [.aloudEnded(.couldNotPlay)])
        #expect(EspeakSpeech(path: folder.appendingPathComponent("nowhere").path).speak("Un.", language: "en", inbox: inbox) == .noVoice)
    }
}
