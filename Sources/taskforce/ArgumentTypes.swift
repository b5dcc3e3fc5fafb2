import ArgumentParser
import TaskForceCore
import TerminalGrid

// The command line reads these values as their types, so each is checked once, by the
// argument parser, with the list of accepted values in its message and in `--help`.

extension UILanguage: ExpressibleByArgument {}
extension Stance: ExpressibleByArgument {}
extension Theme: ExpressibleByArgument {}

/// `--size COLSxROWS`, e.g. `80x24`; each side from 1 to 1000.
extension ScreenSize: ExpressibleByArgument {
    public init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 2, let columns = parts[0], let rows = parts[1],
              (1...1000).contains(columns), (1...1000).contains(rows) else { return nil }
        self.init(columns: columns, rows: rows)
    }

    public var defaultValueDescription: String { description }
}
