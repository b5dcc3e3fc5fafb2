import ArgumentParser
import CursesTerminal
import Foundation
import TaskForceCore
import TaskForceUI

/// `taskforce` with no arguments: the review screen on `./Texts` and `./Annotations`.
/// When not run on a terminal (a script, a pipe), it lists the texts instead, so that a
/// first run is never a blank or an error.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read the texts article by article (the default). Not on a terminal: list the texts.")

    @OptionGroup var options: ReviewOptions

    func run() throws {
        // A session record that cannot be used stops the facilitator here, terminal or not.
        let facilitator = try options.facilitatorState()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            try listTexts()
            return
        }
        // Watching starts before the first load: nothing saved in between is missed.
        let store = AnnotationStore(root: options.annotations.url)
        let arrivals = options.kiosk ? nil : ReviewArrivals(store: store)
        var model = try options.model(facilitator: facilitator)
        // A participant's screen reads where the facilitator is; the facilitator's publishes it.
        let watch = options.facilitator ? nil : LivePositionWatch(store: store, model: model)
        let publisher = options.facilitator ? LivePublisher(store: store) : nil
        setlocale(LC_ALL, "")
        guard String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8" else {
            // Without UTF-8, accents and box lines would come out garbled: say so instead.
            Output.error(text(.terminalNotUTF8, model.uiLanguage))
            throw ExitCode(2)
        }
        try ReviewSession.run(&model, store: store, digest: options.digestSource,
                              arrivals: arrivals, watch: watch, publisher: publisher)
    }

    func listTexts() throws {
        let library = try options.texts.library()
        Output.line(LibraryListing.render(library))
        guard let text = library.texts.first,
              let first = TextLibrary.defaultLanguages.lazy.compactMap(text.version).first ?? text.versions.first
        else { return }
        Output.line("""

            Run taskforce in a terminal to read and annotate the texts. Or, without a terminal:
              taskforce parse \(first.url.relativePath)
              taskforce render --keys '<Down><Down>'
            """)
    }
}

/// The interactive session: frames of the review screen (`FrameLoop`: draw, then apply every
/// waiting key), until the model asks to quit or a stop signal arrives. The terminal is
/// restored on every way out.
enum ReviewSession {
    static func run(_ model: inout ReviewModel, store: AnnotationStore, digest: DigestPreviewSource,
                    arrivals: ReviewArrivals? = nil, watch: LivePositionWatch? = nil,
                    publisher: LivePublisher? = nil) throws {
        watch?.deliver(into: &model)  // where the facilitator is, before the first frame
        // The shell's terminal modes, saved before curses changes them, for a crash.
        TerminalRescue.saveModes(of: STDIN_FILENO)
        let screen = try CursesScreen()
        defer { screen.close() }
        TerminalRescue.arm(output: STDOUT_FILENO, reset: screen.leaveSequence)
        defer { TerminalRescue.disarm() }  // runs first: close() restores the terminal itself
        StopSignals.install()
        SuspendSignal.install()
        FrameLoop().run(
            events: screen,
            // Another terminal's save wakes the loop and is drawn without a key press.
            watching: { arrivals?.descriptor },
            woken: {
                arrivals?.deliver(into: &model)
                watch?.deliver(into: &model)  // the facilitator moved: one stat per wake-up
            },
            shouldStop: { model.quitRequested || StopSignals.received },
            draw: {
                if SuspendSignal.take() { screen.suspendProcess() }
                let size = screen.size
                if model.clearRequested {
                    // Kiosk mode, after a save: the next frame repaints every cell.
                    screen.invalidate()
                    model.clearRequested = false
                }
                model.screenSize = ScreenSize(columns: size.columns, rows: size.rows)  // clicks are read against it
                publisher?.publishIfMoved(&model)  // the facilitator's position, for the session's other screens
                DigestPreviewUpdate.fit(&model)  // a long digest is wrapped once per width, not per frame
                screen.paint(ReviewView.view(model, columns: size.columns, rows: size.rows))
            },
            apply: { key in
                for effect in ReviewUpdate.update(&model, key) { perform(effect, &model, store, digest) }
                return model.quitRequested ? .stop : .keepGoing
            })
        if StopSignals.received {
            // Interrupted or hung up: whatever was being typed is kept as a draft.
            for effect in ReviewUpdate.quit(&model) { perform(effect, &model, store, digest) }
        }
        publisher?.end(model)  // the participants' screens stop waiting for this facilitator
    }

    /// Runs what `update` asked for, and reports the outcome back to the model.
    static func perform(_ effect: ReviewEffect, _ model: inout ReviewModel, _ store: AnnotationStore,
                        _ digest: DigestPreviewSource) {
        switch effect {
        case .saveComment(let c):
            let comment = annotation(c, model)
            let saved = (try? store.saveKeepingDraft(comment)) != nil
            for next in ReviewUpdate.saveFinished(&model, saved: saved ? comment : nil) { perform(next, &model, store, digest) }
        case .keepDrafts(let comments):
            for c in comments {
                // A draft keeps exactly what was chosen: no stance is written as none.
                var draft = annotation(c, model)
                draft.stance = c.stance
                _ = try? store.saveDraft(draft)
            }
        case .endorse(let target):
            let endorsement = model.writerKeys.keyed(.endorsement(of: target, session: model.session, day: Today.day()))
            let saved = (try? store.save(endorsement)) != nil
            ReviewUpdate.endorseFinished(&model, of: target, succeeded: saved)
        case .withdraw(let target):
            let withdrawal = model.writerKeys.signed(.withdrawal(of: target, session: model.session, day: Today.day()),
                                                     actingOn: target.id)
            let saved = (try? store.save(withdrawal)) != nil
            ReviewUpdate.withdrawFinished(&model, of: target, succeeded: saved)
        case .buildDigest(let textID):
            digest.build(textID, into: &model)
        case .facilitator(let effect):
            FacilitatorEffects.perform(effect, &model, store)
        }
    }

    /// The comment's language is the interface's: participants write in the language
    /// they chose to read the screen in. On the facilitator's screen a comment is typed for
    /// someone who spoke, and says so.
    static func annotation(_ c: CommentToSave, _ model: ReviewModel) -> Annotation {
        // Keyed for its writer, and an edit signed with the key of the comment it replaces.
        let comment = model.writerKeys.keyed(
            .comment(text: c.textID, article: c.article, fingerprint: c.fingerprint,
                     stance: c.stance ?? .question, tags: c.themes, body: c.body, proposal: c.proposal,
                     language: model.uiLanguage.rawValue, session: model.session, day: Today.day(),
                     supersedes: c.supersedes, transcribed: model.facilitator != nil))
        return c.supersedes.map { model.writerKeys.signed(comment, actingOn: $0) } ?? comment
    }
}

/// SIGINT, SIGTERM and SIGHUP (the terminal was closed) end the session cleanly: the
/// handler only sets a flag, which the loop sees within its input timeout, so the
/// terminal is restored by the normal path.
enum StopSignals {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    static var received: Bool { flag != 0 }

    static func install() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { _ in StopSignals.flag = 1 }
        }
    }
}
