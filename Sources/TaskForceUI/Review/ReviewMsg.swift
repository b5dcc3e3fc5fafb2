import TaskForceCore

/// Everything that changes the review screen: a key, the terminal's size, and every answer
/// from outside (an effect's outcome, the folder watch, the facilitator's position, a stop
/// signal). `ReviewUpdate.update(&model, msg)` is the only function that changes the model;
/// see docs/ARCHITECTURE.md for where each message comes from.
public enum ReviewMsg: Sendable, Equatable {
    case key(Key)
    /// The frame loop woke up with nothing to say (about four times a second when idle):
    /// what failed may be tried again.
    case tick
    /// No key for this many seconds (sent with the ticks): a kiosk warns, then wipes.
    case idle(seconds: Int)
    /// The terminal's size at this frame (clicks and page lengths are read against it).
    case resized(ScreenSize)
    /// SIGINT, SIGTERM or SIGHUP: end the session as `q` does, keeping unfinished comments.
    case stopRequested
    /// `.saveComment`'s outcome: the annotation as saved.
    case commentSaved(Result<Annotation, EffectFailure>)
    /// `.endorse`'s outcome, for the comment endorsed.
    case endorsed(Annotation, Result<Annotation, EffectFailure>)
    /// `.withdraw`'s outcome, for the comment withdrawn.
    case withdrawn(Annotation, Result<Annotation, EffectFailure>)
    /// A facilitator's annotation (show of hands, moderation): the effect and its outcome.
    case facilitatorSaved(FacilitatorEffect, Result<Annotation, EffectFailure>)
    /// `.facilitator(.saveSession)`'s outcome.
    case sessionSaved(SessionRecord, Result<SessionRecord, EffectFailure>)
    /// `.publishPosition`'s outcome.
    case positionPublished(LivePosition, Result<LivePosition, EffectFailure>)
    /// The annotations folder as read when the screen opened, from a worker.
    case commentsLoaded(CommentsLoaded)
    /// Annotations that others saved since the screen opened (the folder watch), with the
    /// facilitator keys of the session records as they are now (nil: unchanged).
    case annotationsArrived([Annotation], sessionKeys: Authority.SessionKeys? = nil)
    /// The session's facilitator position as last read (nil: no facilitator is running).
    case positionRead(LivePosition?)
    /// `.buildDigest`'s outcome: the preview's content, nil when it could not be made.
    case digestBuilt(textID: TextID, DigestPreview.Content?)
    /// `.closeSession`'s outcome: how many annotation files were written again.
    case sessionClosed(String, Result<Int, EffectFailure>)
    /// The voice reading an article aloud has ended.
    case aloudEnded(AloudOutcome)
}

/// Why an effect failed, in one sentence for a person (the error's own message). Typed so
/// that an outcome is a `Result`, not a Bool that forgets the reason.
public struct EffectFailure: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
