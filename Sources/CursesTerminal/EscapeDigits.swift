import TerminalGrid

/// Esc then a digit is a function key, as in Midnight Commander: `1`…`9` are F1…F9 and `0`
/// is F10 (issue 15). Laptops give their F-keys to the volume and the brightness unless Fn
/// is held, and terminals keep F1, F10 and F11 for themselves. Alt+digit works the same way,
/// since terminals send it as Esc and the digit.
///
/// The price: a lone Esc is delivered only once nothing has followed it for `window`
/// milliseconds (at once when another key follows), so that the digit can still come.
public final class EscapeDigits<Source: TerminalEventSource>: TerminalEventSource {
    public let source: Source
    public let window: Int32
    /// The event read after an Esc that turned out not to be a digit: the next one given.
    private var held: TerminalEvent?

    public init(_ source: Source, window: Int32 = 500) {
        self.source = source
        self.window = window
    }

    public func nextEvent(timeout milliseconds: Int32) -> TerminalEvent {
        resolve(takeHeld() ?? source.nextEvent(timeout: milliseconds))
    }

    public func nextEvent(timeout milliseconds: Int32, orReadable descriptors: [Int32]) -> TerminalEvent {
        resolve(takeHeld() ?? source.nextEvent(timeout: milliseconds, orReadable: descriptors))
    }

    private func takeHeld() -> TerminalEvent? {
        defer { held = nil }
        return held
    }

    /// The function key of `digit`, if it is one of `0`…`9`.
    public static func functionKey(_ digit: Character) -> Key? {
        guard digit.isASCII, let n = digit.wholeNumberValue else { return nil }
        return .function(n == 0 ? 10 : n)
    }

    private func resolve(_ event: TerminalEvent) -> TerminalEvent {
        guard event == .key(.escape) else { return event }
        let next = source.nextEvent(timeout: window)
        if case .key(.character(let c)) = next, let key = Self.functionKey(c) { return .key(key) }
        if next != .timeout { held = next }
        return event
    }
}
