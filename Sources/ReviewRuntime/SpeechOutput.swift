import Foundation
import TaskForceUI

/// Reading an article aloud (issue 15, item 6: for participants who read with difficulty).
/// Behind a protocol so that the effects can be run in tests without a sound card.
public protocol SpeechOutput: Sendable {
    /// Starts saying `text` in `language` (an ISO 639-1 code); the end, whether finished,
    /// stopped or failed, is posted to the inbox as `.aloudEnded`.
    func speak(_ text: String, language: String, inbox: MessageInbox?) -> AloudOutcome?
    /// Stops what is being said, if anything.
    func stop()
}

/// The speech of espeak-ng (Debian's `espeak-ng`, installed by `scripts/setup`), played
/// on the computer's sound. Nothing is written to disk: the text goes to its standard
/// input (not its arguments, which other users can list), and its messages (ALSA's
/// complaints on a machine without sound) are read here, never shown raw on the terminal.
public final class EspeakSpeech: SpeechOutput, @unchecked Sendable {
    // Guarded by `lock`: the process ends on another thread.
    private let lock = NSLock()
    private var running: Process?
    private var stopped: Set<ObjectIdentifier> = []
    private let program: URL?

    public init(path: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin") {
        program = Self.find("espeak-ng", in: path)
    }

    /// The voice espeak-ng has for a text's language: its own code for those we know (and
    /// Brazilian Portuguese for Portuguese: the union's Portuguese-speaking members are).
    public static func voice(_ language: String) -> String {
        language == "pt" ? "pt-br" : language
    }

    /// The arguments for `language`, the text coming on standard input; `-w FILE` added
    /// writes a WAV file instead of playing (the tests only).
    public static func arguments(language: String) -> [String] {
        ["-v", voice(language), "-s", "150", "--stdin"]
    }

    static func find(_ name: String, in path: String) -> URL? {
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    public func speak(_ text: String, language: String, inbox: MessageInbox?) -> AloudOutcome? {
        stop()
        guard let program else { return .noVoice }
        let process = Process()
        process.executableURL = program
        process.arguments = Self.arguments(language: language)
        let input = Pipe()
        let messages = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = messages
        let id = ObjectIdentifier(process)
        process.terminationHandler = { [weak self] ended in
            let said = messages.fileHandleForReading.readDataToEndOfFile()
            let wasStopped = self?.ended(id) ?? false
            // espeak-ng exits 0 even when the sound device cannot be opened: its message says so.
            let failed = ended.terminationStatus != 0 || String(decoding: said, as: UTF8.self).contains("error")
            inbox?.post(.aloudEnded(wasStopped ? .stopped : failed ? .couldNotPlay : .finished))
        }
        do { try process.run() } catch { return .noVoice }
        lock.withLock { running = process }
        // The text, then end of input: espeak-ng reads it all, then speaks.
        let writer = input.fileHandleForWriting
        DispatchQueue.global().async {
            try? writer.write(contentsOf: Data(text.utf8))
            try? writer.close()
        }
        return nil
    }

    /// Forgets `id` as the running process; true if it had been stopped on purpose.
    private func ended(_ id: ObjectIdentifier) -> Bool {
        lock.withLock {
            if let running, ObjectIdentifier(running) == id { self.running = nil }
            return stopped.remove(id) != nil
        }
    }

    public func stop() {
        let process: Process? = lock.withLock {
            guard let running else { return nil }
            stopped.insert(ObjectIdentifier(running))
            self.running = nil
            return running
        }
        if let process, process.isRunning { process.terminate() }
    }
}
