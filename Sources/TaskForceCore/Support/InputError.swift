/// A file could not be used. Always one sentence that names the file (and the line
/// when one applies), plus the exit code documented in README: Commands.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The data is wrong (encoding, no articles, malformed XML): exit 65.
        case badData
        /// The file could not be read or written: exit 74.
        case io
        /// A program the input needs is not installed (poppler for PDF): exit 69.
        case unavailable
    }

    public var kind: Kind
    public var file: String
    public var line: Int?
    public var message: String

    public init(_ kind: Kind, file: String, line: Int? = nil, _ message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    public var exitCode: Int32 {
        switch kind {
        case .badData: 65
        case .io: 74
        case .unavailable: 69
        }
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
