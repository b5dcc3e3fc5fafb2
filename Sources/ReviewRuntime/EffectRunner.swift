import Dispatch
import TaskForceCore
import TaskForceUI

/// Runs what `ReviewUpdate.update` asks for and answers with messages. The disk is behind
/// `AnnotationDisk` and the day comes from `today`, so every effect can be run in a test.
/// Slow work (the digest preview of a big folder) goes to a worker when an inbox is given,
/// so the screen keeps answering keys; without one (`render`, tests) it runs at once.
public struct EffectRunner: Sendable {
    public var disk: any AnnotationDisk
    /// The session code of this run, written into every annotation it saves.
    public var session: String?
    /// Today's date, `YYYY-MM-DD`: the only time an annotation carries.
    public var today: @Sendable () -> Day
    /// Where off-loop results are posted; nil to do everything at once.
    public var inbox: MessageInbox?
    /// The voice that reads articles aloud; nil where there is none (`render`, tests).
    public var speech: (any SpeechOutput)?

    public init(disk: any AnnotationDisk, session: String?, today: @escaping @Sendable () -> Day,
                inbox: MessageInbox? = nil, speech: (any SpeechOutput)? = nil) {
        self.disk = disk
        self.session = session
        self.today = today
        self.inbox = inbox
        self.speech = speech
    }

    /// One worker for the slow effects, in order: a second preview waits for the first.
    private static let worker = DispatchQueue(label: "taskforce.effects")

    /// Runs `effect`. Returns its outcome as a message when it is known now; slow work
    /// posts it to the inbox later. `.clearScreen` is the terminal's, not the disk's:
    /// the caller that owns the terminal does it.
    public func perform(_ effect: ReviewEffect) -> ReviewMsg? {
        switch effect {
        case .saveComment(let c):
            // Keyed for its writer, and an edit signed with the key of the comment it replaces.
            let keyed = c.writerKeys.keyed(annotation(c))
            let comment = c.supersedes.map { c.writerKeys.signed(keyed, actingOn: $0) } ?? keyed
            return .commentSaved(outcome(comment) { (a) throws(EffectFailure) in
                try disk.saveComment(a, keepingDraft: c.keepsDraft)
            })
        case .keepDrafts(let comments):
            for c in comments {
                // A draft keeps exactly what was chosen: no stance is written as none.
                try? disk.saveDraft(annotation(c), stanceChosen: c.stance != nil)
            }
            return nil
        case .endorse(let target, let keys):
            let endorsement = keys.keyed(.endorsement(of: target, session: session, day: today()))
            return .endorsed(target, outcome(endorsement) { (a) throws(EffectFailure) in try disk.save(a) })
        case .withdraw(let target, let keys):
            let withdrawal = keys.signed(.withdrawal(of: target, session: session, day: today()), actingOn: target.id)
            return .withdrawn(target, outcome(withdrawal) { (a) throws(EffectFailure) in try disk.save(a) })
        case .facilitator(.saveSession(let record)):
            do {
                return .sessionSaved(record, .success(try disk.saveSession(record)))
            } catch {
                return .sessionSaved(record, .failure(error))
            }
        case .facilitator(let effect):
            guard let (moderation, target) = moderation(effect) else { return nil }
            do {
                // A moderation, its undoing and a show of hands are signed with the session's
                // facilitator key. A replaced show of hands is withdrawn first: should the new
                // one then fail, the room's count is missing (and said), never added twice.
                if case .replaceShowOfHands(_, let previous, _) = effect {
                    let withdrawal = Annotation.withdrawal(of: previous, session: session, day: today())
                    try disk.save(try disk.signedByFacilitator(withdrawal, session: session, target: previous))
                }
                let signed = try disk.signedByFacilitator(moderation, session: session, target: target)
                return .facilitatorSaved(effect, outcome(signed) { (a) throws(EffectFailure) in try disk.save(a) })
            } catch {
                return .facilitatorSaved(effect, .failure(error))
            }
        case .publishPosition(let position):
            return .positionPublished(position, outcome(position) { (p) throws(EffectFailure) in try disk.publish(p) })
        case .endPosition(let code):
            disk.endPosition(session: code)
            return nil
        case .readAloud(let text, let language):
            guard let speech else { return .aloudEnded(.noVoice) }
            return speech.speak(text, language: language, inbox: inbox).map { .aloudEnded($0) }
        case .stopReadingAloud:
            speech?.stop()
            return nil
        case .closeSession(let code):
            do { return .sessionClosed(code, .success(try disk.closeSession(code))) } catch {
                return .sessionClosed(code, .failure(error))
            }
        case .buildDigest(let textID, let language, let known):
            guard let inbox else {
                return .digestBuilt(textID: textID, disk.digestContent(textID: textID, language: language, annotations: known.all))
            }
            let disk = disk
            Self.worker.async {
                inbox.post(.digestBuilt(textID: textID, disk.digestContent(textID: textID, language: language, annotations: known.all)))
            }
            return nil
        case .clearScreen:
            return nil
        }
    }

    /// The annotation a facilitator's effect saves (the session record is saved apart), and
    /// what it acts on, for signing it with the facilitator's key.
    func moderation(_ effect: FacilitatorEffect) -> (Annotation, signedFor: Annotation)? {
        let day = today()
        switch effect {
        case .saveSession: return nil
        case .showOfHands(let target, let count), .replaceShowOfHands(let target, _, let count):
            return (.endorsement(of: target, count: count, session: session, day: day), target)
        case .removeShowOfHands(_, let previous): return (.withdrawal(of: previous, session: session, day: day), previous)
        case .leaveOut(let target): return (.hiding(target, session: session, day: day), target)
        case .markDuplicate(let duplicate, let original):
            return (.marking(duplicate, asDuplicateOf: original, session: session, day: day), duplicate)
        case .undoModeration(let moderation): return (.withdrawal(of: moderation, session: session, day: day), moderation)
        }
    }

    /// A comment as the composer handed it over. Without a stance chosen (a draft), it is
    /// saved as a question; `keepDrafts` writes the draft's stance empty instead.
    func annotation(_ c: CommentToSave) -> Annotation {
        Annotation.comment(text: c.textID, article: c.article, fingerprint: c.fingerprint,
                           stance: c.stance ?? .question, tags: c.themes, body: c.body, proposal: c.proposal,
                           language: c.language, session: c.session ?? session, day: today(),
                           supersedes: c.supersedes, transcribed: c.transcribed)
    }

    private func outcome<T>(_ value: T, _ write: (T) throws(EffectFailure) -> Void) -> Result<T, EffectFailure> {
        do {
            try write(value)
            return .success(value)
        } catch {
            return .failure(error)
        }
    }
}
