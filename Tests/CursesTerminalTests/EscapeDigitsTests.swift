import CursesTerminal
import Testing
import TerminalGrid

/// Esc then a digit is a function key (issue 15, item 4); a lone Esc, and Esc followed by
/// anything else, stay what they were, in order.
struct EscapeDigitsTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var typed: [TerminalEvent]
        var given: [TerminalEvent]
        var testDescription: String { "\(typed)" }
    }

    static let rows: [Row] = [
        Row(typed: [.key(.escape), .key(.character("1"))], given: [.key(.function(1))]),
        Row(typed: [.key(.escape), .key(.character("2"))], given: [.key(.function(2))]),
        Row(typed: [.key(.escape), .key(.character("9"))], given: [.key(.function(9))]),
        Row(typed: [.key(.escape), .key(.character("0"))], given: [.key(.function(10))]),
        // Nothing follows within the window: the Esc alone.
        Row(typed: [.key(.escape)], given: [.key(.escape)]),
        // Another key follows: both, in order, nothing lost.
        Row(typed: [.key(.escape), .key(.character("a"))], given: [.key(.escape), .key(.character("a"))]),
        Row(typed: [.key(.escape), .key(.enter)], given: [.key(.escape), .key(.enter)]),
        Row(typed: [.key(.escape), .resize, .key(.character("1"))], given: [.key(.escape), .resize, .key(.character("1"))]),
        // Esc Esc 3: the first Esc alone, the second makes F3.
        Row(typed: [.key(.escape), .key(.escape), .key(.character("3"))], given: [.key(.escape), .key(.function(3))]),
        // A digit of another script is text, not a function key.
        Row(typed: [.key(.escape), .key(.character("٣"))], given: [.key(.escape), .key(.character("٣"))]),
        // Digits without Esc are digits.
        Row(typed: [.key(.character("1")), .key(.character("0"))], given: [.key(.character("1")), .key(.character("0"))]),
    ]

    @Test(arguments: rows) func escapeThenADigit(_ row: Row) {
        let source = ScriptedEvents(row.typed)
        let events = EscapeDigits(source, window: 500)
        var given: [TerminalEvent] = []
        while true {
            let event = events.nextEvent(timeout: 30)
            if event == .timeout { break }
            given.append(event)
        }
        #expect(given == row.given)
    }

    /// The wait after an Esc is the window, not the loop's own timeout.
    @Test func theDigitIsAwaitedForTheWindow() {
        let source = ScriptedEvents([.key(.escape)])
        _ = EscapeDigits(source, window: 500).nextEvent(timeout: 250)
        #expect(source.waits == [250, 500])
    }
}
