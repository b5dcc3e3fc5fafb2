import Foundation
import Testing

/// Issue 11, item 6: the screen does not wait for the annotations folder. With tens of
/// thousands of files (seconds to read), the first frame shows the text and says the
/// comments are being read, keys move the screen meanwhile, and the comments appear when
/// the worker has read them.
@Suite struct StartupReadTerminalTests {
    @Test func theTextIsThereAndAnswersWhileTheCommentsAreRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        // Enough files that reading them takes well over the first frames (about 3 s in a
        // debug build; a release build reads 100,000 in 3.4 s).
        try Repository.makeAnnotations(40_000, into: folder.url.appendingPathComponent("Annotations"))

        let tmux = try TmuxSession(["--text", "demo-travail-du-sexe", "--lang", "en"], in: folder.url)
        defer { tmux.kill() }
        let reading = "Reading the comments…"
        // The article is on screen before the comments are read.
        try tmux.wait(timeout: 20) { $0.contains(reading) && $0.contains("› Article 1") }
        // A key is answered meanwhile: the next article opens while the read goes on.
        try tmux.send("Down")
        let moved = try tmux.wait(timeout: 20) { $0.contains("› Article 2") }
        #expect(moved.contains(reading), "the read ended before the key was answered: too few files?\n\(moved)")
        // Then the comments arrive: the message goes, and the list counts them.
        let read = try tmux.wait(timeout: 120) { !$0.contains(reading) }
        try tmux.send("c")
        let notes = try tmux.wait(timeout: 20) { $0.contains("Comments on") || $0.contains("comments") }
        #expect(!notes.contains("No comments yet"), "\(read)\n\(notes)")
    }
}
