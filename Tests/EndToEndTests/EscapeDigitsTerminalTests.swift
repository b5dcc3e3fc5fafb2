import Foundation
import Testing

/// Issue 15, item 4: Esc then a digit is the function key of that number through the real
/// terminal, and a lone Esc (or one followed by another key) still does what it did.
@Suite(.enabled(if: TmuxSession.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "tmux is not installed (scripts/setup installs it)"))
struct EscapeDigitsTerminalTests {
    @Test func escapeThenADigitIsAFunctionKey() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Repository.copyDemoTexts(into: folder.url)
        let screen = try TmuxSession(["--lang", "en", "--text", Repository.demoID], in: folder.url)
        defer { screen.kill() }
        try screen.wait { $0.contains("F1 Help") }
        // Esc 1: the help (F1); any key closes it.
        try screen.send("Escape", "1")
        try screen.wait { $0.contains("┏ Help") }
        // The line that says so is on the help's second page (↓ scrolls; any other key closes).
        try screen.send("NPage")
        try screen.wait { $0.contains("Esc 1…0") && $0.contains("Esc 0 is F10") }
        try screen.send("Enter")
        try screen.wait { $0.contains("F1 Help") && !$0.contains("┏ Help") }
        // Esc 4: the notes (F4); Esc alone closes them, after the half second.
        try screen.send("Escape", "4")
        try screen.wait { $0.contains("Comments on Art. 1") }
        try screen.send("Escape")
        try screen.wait { !$0.contains("Comments on Art. 1") && $0.contains("F1 Help") }
        // Esc then a letter: both keys count (Esc does nothing on the only text, `a` opens
        // the composer).
        try screen.send("Escape", "a")
        try screen.wait { $0.contains("Your comment on Art. 1") }
        // Esc 0 is F10: quit (the comment is empty, nothing is kept).
        try screen.send("Escape")
        try screen.wait { !$0.contains("Your comment on Art. 1") }
        try screen.send("Escape", "0")
        try screen.wait { $0.contains("EXITED 0") }
    }
}
