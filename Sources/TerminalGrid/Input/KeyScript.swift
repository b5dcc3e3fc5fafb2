/// The key scripts of `taskforce render --keys` (README: Commands): printable characters stand
/// for themselves; special keys are written `<Enter>`, `<Esc>`, `<Tab>`, `<BS>`,
/// `<Space>`, `<Up>`, `<Down>`, `<Left>`, `<Right>`, `<PgUp>`, `<PgDn>`, `<Home>`,
/// `<End>`, `<F1>`…`<F12>`, `<C-x>` (control), `<lt>` for a literal `<`; also `<S-Tab>`
/// and `<Del>`. Names are case-insensitive.
///
/// Mouse events are written with the cell they happen at, column then row, counted from 0
/// at the top left like the printed screen's lines and characters: `<Click 3,10>` (left
/// button), `<WheelUp 40,10>`, `<WheelDown 40,10>`.
public enum KeyScript {
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        /// 1-based character position of the bad `<…>` in the script.
        public var position: Int
        public var message: String
        public var description: String { "key script, character \(position): \(message)" }
    }

    static let named: [String: Key] = [
        "enter": .enter, "cr": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "tab": .tab, "s-tab": .backTab, "bs": .backspace, "backspace": .backspace, "del": .delete,
        "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pgdn": .pageDown, "home": .home, "end": .end, "lt": .character("<"),
    ]

    public static func parse(_ script: String) throws(ParseError) -> [Key] {
        var keys: [Key] = []
        var position = 0
        var i = script.startIndex
        while i < script.endIndex {
            position += 1
            let c = script[i]
            guard c == "<", let close = script[i...].firstIndex(of: ">") else {
                if c == "\n" { keys.append(.enter) } else { keys.append(.character(c)) }
                i = script.index(after: i)
                continue
            }
            let name = script[script.index(after: i)..<close].lowercased()
            guard let key = key(named: name) else {
                throw ParseError(position: position, message: "unknown key <\(name)> (write <lt> for a literal '<')")
            }
            keys.append(key)
            position += script[i..<close].count
            i = script.index(after: close)
        }
        return keys
    }

    static func key(named name: String) -> Key? {
        if let key = named[name] { return key }
        if name.hasPrefix("f"), let n = Int(name.dropFirst()), (1...12).contains(n) { return .function(n) }
        if let event = mouseEvent(named: name) { return .mouse(event) }
        if name.hasPrefix("c-"), name.count == 3, let letter = name.last, letter.isASCII, letter.isLetter {
            return .control(letter)
        }
        return nil
    }

    /// `click 3,10`, `wheelup 40,10`, `wheeldown 40,10` (already lower-cased).
    static func mouseEvent(named name: String) -> MouseEvent? {
        let kinds: [String: MouseEvent.Kind] = ["click": .click, "wheelup": .wheelUp, "wheeldown": .wheelDown]
        let words = name.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 2, let kind = kinds[String(words[0])] else { return nil }
        let numbers = words[1].split(separator: ",", omittingEmptySubsequences: false)
        guard numbers.count == 2, let column = Int(numbers[0]), let row = Int(numbers[1]),
              column >= 0, row >= 0 else { return nil }
        return MouseEvent(kind, column: column, row: row)
    }
}
