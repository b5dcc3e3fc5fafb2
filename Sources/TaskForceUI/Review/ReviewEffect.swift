import TaskForceCore

/// What `ReviewUpdate.update` asks the outside world to do. `update` stays pure: an effect
/// runner (ReviewRuntime's `EffectRunner`) does the work and sends the outcome back as a
/// `ReviewMsg`. See docs/ARCHITECTURE.md.
public enum ReviewEffect: Sendable, Equatable {
    /// Save this comment (the outcome comes back as `.commentSaved`).
    case saveComment(CommentToSave)
    /// Keep these unfinished comments as drafts on disk (the session is ending, or a kiosk
    /// participant's turn). Nothing comes back: a draft that cannot be written is lost with
    /// the program that held it, which is the case already being handled.
    case keepDrafts([CommentToSave])
    /// Say "me too" to this comment (`.endorsed`), keyed with this screen's writer keys.
    case endorse(Annotation, WriterKeys)
    /// Withdraw this comment, one written during this run (`.withdrawn`), signed with the
    /// key it was written with.
    case withdraw(Annotation, WriterKeys)
    /// Build the digest of this text for the preview (`.digestBuilt`) from the annotations
    /// the screen holds (a copy of `ReviewModel.known`: the folder is not read a second
    /// time). Slow on big folders: the runner does it off the frame loop.
    case buildDigest(textID: TextID, language: UILanguage, annotations: KnownAnnotations)
    /// What the facilitator's keys ask for (`.facilitatorSaved`, `.sessionSaved`).
    case facilitator(FacilitatorEffect)
    /// Write the facilitator's position for the session's other screens (`.positionPublished`).
    case publishPosition(LivePosition)
    /// The facilitator leaves: take the position away, so followers stop waiting.
    case endPosition(session: String)
    /// The facilitator closes the session on leaving (`.sessionClosed`): its annotation files
    /// written again in a random order, as `taskforce close-session` does.
    case closeSession(String)
    /// Say this text aloud in this language (`AloudUpdate`); its end comes as `.aloudEnded`.
    case readAloud(text: String, language: String)
    /// Stop saying it.
    case stopReadingAloud
    /// Repaint every cell of the terminal at the next frame (kiosk mode, after a save: no
    /// trace of the previous participant may survive in the terminal's own buffer).
    case clearScreen
}

/// A comment as the composer hands it over, with what the saved annotation needs to say
/// about where it was written (never who wrote it).
public struct CommentToSave: Sendable, Equatable {
    public var textID: TextID
    public var article: ArticleNumber
    public var fingerprint: String
    public var stance: Stance?
    public var themes: [Theme]
    public var body: String
    public var proposal: String? = nil
    /// The comment this one replaces (an edit), if any.
    public var supersedes: AnnotationID? = nil
    /// The interface's language: participants write in the language they read the screen in.
    public var language: String = UILanguage.en.rawValue
    public var session: String? = nil
    /// Typed by the facilitator for someone who spoke.
    public var transcribed = false
    /// This screen's writer keys: the saved comment carries the public half of its own key,
    /// and an edit is signed with the key of the comment it replaces (Annotations/README.md).
    public var writerKeys = WriterKeys()
    /// Whether the words may pass through `drafts/` while saving, and stay there if the save
    /// fails. Never in a kiosk: the writer has left, and the next person could read them.
    public var keepsDraft = true

    public init(textID: TextID, article: ArticleNumber, fingerprint: String, stance: Stance?, themes: [Theme], body: String,
                proposal: String? = nil, supersedes: AnnotationID? = nil, language: String = UILanguage.en.rawValue,
                session: String? = nil, transcribed: Bool = false, writerKeys: WriterKeys = WriterKeys(),
                keepsDraft: Bool = true) {
        self.textID = textID
        self.article = article
        self.fingerprint = fingerprint
        self.stance = stance
        self.themes = themes
        self.body = body
        self.proposal = proposal
        self.supersedes = supersedes
        self.language = language
        self.session = session
        self.transcribed = transcribed
        self.writerKeys = writerKeys
        self.keepsDraft = keepsDraft
    }
}

extension ReviewEffect {
    /// Whether running this effect only reads the disk (`render`, which writes nothing,
    /// runs these and no other).
    public var onlyReads: Bool {
        if case .buildDigest = self { return true }
        return false
    }
}
