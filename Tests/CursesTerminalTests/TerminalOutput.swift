import Foundation

/// The bytes a pseudo-terminal received, appended by the reader thread and
/// awaited by the test (with a timeout, never a fixed sleep).
final class TerminalOutput: @unchecked Sendable {
    // `condition` guards `bytes` and `finished`: that is why this is Sendable.
    private let condition = NSCondition()
    private var bytes: [UInt8] = []
    private var finished = false

    func append(_ chunk: ArraySlice<UInt8>) {
        condition.withLock {
            bytes += chunk
            condition.broadcast()
        }
    }

    func finish() {
        condition.withLock {
            finished = true
            condition.broadcast()
        }
    }

    var received: [UInt8] {
        condition.withLock { bytes }
    }

    /// Waits until `text` (as UTF-8) has been received.
    func waitFor(_ text: String, timeout: TimeInterval) -> Bool {
        let needle = Array(text.utf8)
        return wait(timeout: timeout) { Self.bytes($0, contain: needle) }
    }

    /// Waits until `text` (as UTF-8) has been received at or after byte `offset`, and
    /// returns where it starts; nil if it did not come within `timeout`.
    func position(of text: String, from offset: Int, timeout: TimeInterval) -> Int? {
        let needle = Array(text.utf8)
        var found: Int?
        _ = wait(timeout: timeout) { bytes in
            found = Self.position(of: needle, in: bytes, from: offset)
            return found != nil
        }
        return found
    }

    /// Waits until the reader has seen the end of the output.
    func waitUntilFinished(timeout: TimeInterval) -> Bool {
        wait(timeout: timeout) { _ in finished }
    }

    private func wait(timeout: TimeInterval, until done: ([UInt8]) -> Bool) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while !done(bytes) {
            if !condition.wait(until: deadline) { return done(bytes) }
        }
        return true
    }

    private static func position(of needle: [UInt8], in haystack: [UInt8], from offset: Int) -> Int? {
        guard haystack.count >= offset + needle.count else { return nil }
        return (offset...(haystack.count - needle.count)).first { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    private static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}

extension TerminalOutput {
    /// The parameters of every SGR sequence (`ESC [ … m`) in `bytes`, split at `;`.
    static func graphicRenditions(in bytes: [UInt8]) -> [[Int]] {
        var found: [[Int]] = []
        var i = 0
        while i + 1 < bytes.count {
            guard bytes[i] == 0x1B, bytes[i + 1] == UInt8(ascii: "[") else { i += 1; continue }
            var j = i + 2
            while j < bytes.count, (0x30...0x3F).contains(bytes[j]) { j += 1 }  // parameter bytes
            guard j < bytes.count else { break }
            if bytes[j] == UInt8(ascii: "m") {
                let parameters = String(decoding: bytes[(i + 2)..<j], as: UTF8.self)
                found.append(parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 })
            }
            i = j + 1
        }
        return found
    }

    /// The SGR sequences that set a colour: foreground or background, basic (30–37,
    /// 40–47, 90–97, 100–107), default (39, 49), indexed or direct (38, 48).
    static func colourSequences(in bytes: [UInt8]) -> [[Int]] {
        graphicRenditions(in: bytes).filter { sequence in
            sequence.contains { (30...49).contains($0) || (90...97).contains($0) || (100...107).contains($0) }
        }
    }
}
