import CNcursesw

extension CursesScreen {
    /// The bytes that give the terminal back to the shell, from this terminal's terminfo:
    /// plain attributes, a cleared screen and scrollback (`E3`: nothing of the session left on
    /// a terminal without an alternate screen, the Linux console that braille and speech users
    /// run, nor in the lines scrolled off it), a visible cursor, the keypad in normal mode, the
    /// normal screen.
    /// What `endwin` sends, prepared in advance for `TerminalRescue`, which cannot call it.
    public var leaveSequence: [UInt8] {
        withStandardScreen { _ in
            ["sgr0", "clear", "E3", "cnorm", "rmkx", "rmcup"].flatMap { name -> [UInt8] in
                // nil: the terminal lacks it; -1: not a string capability.
                guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
                return Self.withoutPadding(Array(String(cString: value).utf8))
            }
        }
    }

    /// Removes terminfo delays (`$<5>`, `$<2*/>`): `tputs` would turn them into waits,
    /// here they would be sent as text.
    static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "$"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "<"),
               let close = bytes[(i + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                i = close + 1
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }
}
