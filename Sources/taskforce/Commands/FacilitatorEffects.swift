import ArgumentParser
import Foundation
import TaskForceCore
import TaskForceUI

/// `--facilitator`: what the command line checks, and the session record it starts from.
enum FacilitatorOptions {
    static func validate(facilitator: Bool, session: String?, kiosk: Bool) throws {
        guard facilitator else { return }
        if session == nil { throw ValidationError("--facilitator needs --session CODE, the session it runs.") }
        if kiosk { throw ValidationError("--facilitator cannot be used with --kiosk: a shared laptop shows nobody's comments.") }
    }

    /// The session's record if there is one; a record that cannot be read stops the program
    /// before the screen, naming the file (it is left as it is: the facilitator decides).
    static func state(_ code: String, annotations: AnnotationsOption) throws -> FacilitatorState {
        let store = AnnotationStore(root: annotations.url)
        do {
            var state = FacilitatorState(code: code, saved: try SessionRecords.record(code, in: store), today: Today.day())
            // A position left behind (the facilitator's screen was killed): the room keeps
            // the tallies as they were when it restarts.
            if let left = LivePositions.read(session: code, in: store) { state.talliesShown = left.talliesShown }
            return state
        } catch {
            let file = SessionRecords.folder(store).appendingPathComponent(code + ".json").relativePath
            throw InputError(.badData, file: file, line: error.line, "this session record cannot be used: \(error.message)")
        }
    }
}

/// Runs the facilitator's effects (`ReviewEffect.facilitator`) and reports back to the model.
enum FacilitatorEffects {
    static func perform(_ effect: FacilitatorEffect, _ model: inout ReviewModel, _ store: AnnotationStore) {
        let day = Today.day()
        let annotation: Annotation
        // What a moderation, or its undoing, acts on: signed with the session's key (`Authority`).
        var moderated: Annotation?
        switch effect {
        case .saveSession(var record):
            // A new session's record gets the public half of its facilitator key, made now.
            record = (try? FacilitatorKeys.standard().keyed(record)) ?? record
            let saved = (try? store.prepare()) != nil && (try? SessionRecords.save(record, in: store)) != nil
            if saved { model.sessionKeys[record.code] = record.key }
            FacilitatorUpdate.sessionSaveFinished(&model, record, succeeded: saved)
            return
        case .showOfHands(let target, let count):
            annotation = .endorsement(of: target, count: count, session: model.session, day: day)
        case .leaveOut(let target):
            (annotation, moderated) = (.hiding(target, session: model.session, day: day), target)
        case .markDuplicate(let duplicate, let original):
            (annotation, moderated) = (.marking(duplicate, asDuplicateOf: original, session: model.session, day: day), duplicate)
        case .undoModeration(let moderation):
            (annotation, moderated) = (.withdrawal(of: moderation, session: model.session, day: day), moderation)
        }
        let signed = moderated.map { try? FacilitatorKeys.standard().sign(annotation, session: model.facilitator?.saved, target: $0) }
            ?? annotation
        let saved = signed.map { (try? store.save($0)) != nil } ?? false
        FacilitatorUpdate.annotationSaveFinished(&model, effect, saved: saved ? signed : nil)
    }
}

/// Publishes the facilitator's position (text, article, tallies shown) to `live/<code>.json`
/// whenever it changes, and once at the start: the session's other screens follow it. Never
/// from `render`, which writes no file.
final class LivePublisher {
    let store: AnnotationStore
    private var published: LivePosition?
    private var failed: LivePosition?

    init(store: AnnotationStore) { self.store = store }

    /// The facilitator leaves: the position goes (see `LivePositions.end`).
    func end(_ model: ReviewModel) {
        guard published != nil, let code = model.facilitator?.code else { return }
        LivePositions.end(session: code, in: store)
        published = nil
    }

    func publishIfMoved(_ model: inout ReviewModel) {
        guard let position = FacilitatorUpdate.livePosition(model), position != published else { return }
        do {
            try store.prepare()
            try LivePositions.publish(position, in: store)
            published = position
            failed = nil
        } catch {
            // Said once per position; the next frame tries again.
            if failed != position { model.status = .livePublishFailed }
            failed = position
        }
    }
}
