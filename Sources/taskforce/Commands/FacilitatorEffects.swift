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
        // Before the screen: keys inside the annotations folder would travel with it.
        try FacilitatorKeys.standard().checkOutside(store.root)
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
