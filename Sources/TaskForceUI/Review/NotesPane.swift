import TaskForceCore

/// The notes of one article (F4): the current comments, one of them selected. "Me too" on
/// any of them; change or withdraw only one's own, written during this run.
public struct NotesPane: Sendable, Equatable {
    public var articleNumber: String
    /// Index of the selected comment in the article's list.
    public var selected = 0
    /// Withdrawing asks once: the key pressed a second time confirms.
    public var confirmingWithdrawal = false
    /// The facilitator's notes fold a comment left out of the digest to one line (it may
    /// be on a projector): this one was unfolded with Enter, until the selection moves.
    public var unfolded: AnnotationID?
    /// The facilitator's question about the selected comment (a show of hands, a duplicate's
    /// original): it has the keyboard until answered. Never on a participant's screen.
    public var question: FacilitatorState.NotesQuestion?

    public init(articleNumber: String) {
        self.articleNumber = articleNumber
    }
}
