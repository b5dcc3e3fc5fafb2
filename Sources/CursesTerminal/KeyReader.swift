import CNcursesw
import TerminalGrid

/// What the terminal sent: a key, a change of size, or nothing within the timeout; or,
/// when the wait also watched another descriptor, that it became readable.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize
    case timeout
    case readable
}

extension CursesScreen {
    /// Waits up to `milliseconds` for input (the loop uses the timeout to notice signals).
    public func nextEvent(timeout milliseconds: Int32) -> TerminalEvent {
        withStandardScreen { window in
            wtimeout(window, milliseconds)
            var character: wint_t = 0
            let result = wget_wch(window, &character)
            if result == ERR { return .timeout }
            if result == KEY_CODE_YES, Int32(character) == KEY_MOUSE { return readMouse() }
            if result == KEY_CODE_YES { return Self.functionKey(Int32(character)) }
            return Self.characterKey(UInt32(character))
        }
    }

    static func functionKey(_ code: Int32) -> TerminalEvent {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        default:
            for n in 1...12 where code == tf_key_f(Int32(n)) { return .key(.function(n)) }
            return .timeout  // a key we do not use: ignored like no key at all
        }
    }

    static func characterKey(_ value: UInt32) -> TerminalEvent {
        switch value {
        case 13, 10: return .key(.enter)  // nonl(): Enter is \\r
        case 9: return .key(.tab)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(value + 96)!)))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .timeout }
            return .key(.character(Character(scalar)))
        }
    }
}
