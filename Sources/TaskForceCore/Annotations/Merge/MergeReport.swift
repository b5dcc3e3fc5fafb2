/// What merging one source did.
public struct MergeReport: Sendable, Equatable {
    /// An incoming file whose id the destination already holds with other bytes. Neither
    /// is changed: the incoming one is kept aside in `conflicts/` for staff to look at.
    public struct Conflict: Sendable, Equatable, CustomStringConvertible {
        public var id: AnnotationID
        /// Where the incoming file came from.
        public var incoming: String
        /// The destination's file with that id (nil if the destination has only other
        /// kept-aside versions of it).
        public var existing: String?
        /// Where the incoming file is kept aside.
        public var keptAs: String

        public var description: String {
            let other = existing.map { "the annotation \($0)" } ?? "another version kept aside earlier"
            return "\(incoming) has the id of \(other) but different content; kept aside as \(keptAs)"
        }
    }

    /// A file of a source folder that is not a valid annotation: reported, not copied,
    /// and left where it is.
    public struct Invalid: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var reason: String

        public init(file: String, line: Int? = nil, reason: String) {
            self.file = file
            self.line = line
            self.reason = reason
        }

        public var description: String { "\(line.map { "\(file):\($0)" } ?? file): \(reason) (not copied)" }
    }

    /// An incoming session record whose code the destination holds with other content
    /// (another place, day or headcount): the destination's stays, the incoming one is
    /// kept aside in `conflicts/sessions/`.
    public struct SessionConflict: Sendable, Equatable, CustomStringConvertible {
        public var code: String
        public var incoming: String
        public var keptAs: String

        public var description: String {
            "\(incoming) is another record of the session \(code) than sessions/\(code).json here; kept aside as \(keptAs) "
                + "(keep the right one in sessions/)"
        }
    }

    /// An incoming record refused by `Authority` (a withdrawal, edit or moderation its
    /// writer could not have signed): not copied in, kept aside in `conflicts/`.
    public struct Refused: Sendable, Equatable, CustomStringConvertible {
        public var incoming: String
        public var reason: String
        public var keptAs: String

        public var description: String { "\(incoming) is refused (\(reason)); kept aside as \(keptAs)" }
    }

    public var source: String
    /// Paths of the files added to the destination.
    public var added: [String] = []
    public var alreadyPresent = 0
    public var conflicts: [Conflict] = []
    public var invalid: [Invalid] = []
    public var sessionConflicts: [SessionConflict] = []
    public var refused: [Refused] = []

    public init(source: String, invalid: [Invalid] = []) {
        self.source = source
        self.invalid = invalid
    }

    public var summary: String {
        "\(source): added \(added.count), already present \(alreadyPresent), conflicts \(conflicts.count + sessionConflicts.count), invalid \(invalid.count)\(refused.isEmpty ? "" : ", refused \(refused.count)")."
    }

    /// Conflicts and invalid files need someone to look at them.
    public var hasProblems: Bool { !conflicts.isEmpty || !sessionConflicts.isEmpty || !invalid.isEmpty || !refused.isEmpty }
}
