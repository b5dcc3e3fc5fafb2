import TaskForceCore

/// What only the facilitator's screen has (`--facilitator --session CODE`): the session
/// record, the form that sets it, the live dashboard and whether the room may see the
/// stance tallies, and the notes' questions (a show of hands, a duplicate's original).
/// Nil on participants' screens. Nothing here is about a person: the record holds a place
/// and a headcount.
public struct FacilitatorState: Sendable, Equatable {
    /// The session code (also `ReviewModel.session`).
    public var code: String
    /// The record as it is on disk; nil until the form for a new session is saved.
    public var saved: SessionRecord?
    /// The day a new record is dated with, given by the caller (update stays pure).
    public var today: Day
    /// Whether the stance tallies are revealed: hidden at first, so that a dashboard on a
    /// projector never sways the room.
    public var talliesShown = false
    /// Whether the dashboard counts every session's comments: at first only this room's
    /// (written or agreed with in this session), which is what the facilitator runs.
    public var allSessionsCounted = false
    /// The position last written for the session's other screens (`live/<code>.json`),
    /// the one being written, and the last one whose writing failed.
    public var published: LivePosition?
    var publishing: LivePosition?
    var publishFailed: LivePosition?

    public init(code: String, saved: SessionRecord?, today: Day) {
        self.code = code
        self.saved = saved
        self.today = today
    }

    /// A question the facilitator answers in the notes, about the selected comment.
    public enum NotesQuestion: Sendable, Equatable {
        /// How many hands were raised for it.
        case hands(HandsPrompt)
        /// Which comment it is a duplicate of (chosen with ↑ ↓).
        case duplicate(DuplicateMark)
    }

    public struct HandsPrompt: Sendable, Equatable {
        public var target: Annotation
        /// This session's show of hands already on the comment: the number typed replaces it.
        public var previous: Annotation? = nil
        public var input = ""
    }

    public struct DuplicateMark: Sendable, Equatable {
        public var duplicate: Annotation
        /// Why the last Enter did nothing (the duplicate itself was chosen).
        public var problem: UIString?
    }
}

/// What the facilitator's keys ask the outside world to do (`ReviewEffect.facilitator`);
/// the outcome comes back as `ReviewMsg.sessionSaved` or `ReviewMsg.facilitatorSaved`.
public enum FacilitatorEffect: Sendable, Equatable {
    /// Write the session record (a new one, or the place or headcount corrected).
    case saveSession(SessionRecord)
    /// Record a show of hands for this comment: an endorsement counting `count` people.
    case showOfHands(Annotation, count: Int)
    /// Replace the show of hands `previous` of this comment by `count` (a mistyped number):
    /// its signed withdrawal, then a new signed show of hands.
    case replaceShowOfHands(Annotation, previous: Annotation, count: Int)
    /// Take the show of hands `previous` of this comment away (`h`, then 0): its signed
    /// withdrawal, and nothing in its place.
    case removeShowOfHands(Annotation, previous: Annotation)
    /// Leave this comment out of the digest (a hiding moderation).
    case leaveOut(Annotation)
    /// Mark the first comment as saying the same as the second.
    case markDuplicate(Annotation, original: Annotation)
    /// Withdraw this moderation (the comment is back in the digest, or no longer a duplicate).
    case undoModeration(Annotation)
}
