import ArgumentParser
import CursesTerminal
import Foundation
import ReviewRuntime
import TaskForceCore
import TaskForceUI

/// `taskforce` with no arguments: the review screen on `./Texts` and `./Annotations`.
/// When not run on a terminal (a script, a pipe), it lists the texts instead, so that a
/// first run is never a blank or an error.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Read the texts article by article (the default). Not on a terminal: list the texts.")

    @OptionGroup var options: ReviewOptions

    func run() throws {
        // A session record that cannot be used stops the facilitator here, terminal or not.
        let facilitator = try options.facilitatorState()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            try StartProblem.said(in: options.uiLanguage) { try listTexts() }
            return
        }
        // Watching starts before the first load: nothing saved in between is missed.
        let store = AnnotationStore(root: options.annotations.url)
        let arrivals = options.kiosk ? nil : ReviewArrivals(store: store)
        // The texts first; the annotations folder is read on a worker (100,000 files take
        // seconds), and the screen says so until `.commentsLoaded` arrives.
        var (model, reading) = try StartProblem.said(in: options.uiLanguage) { try options.opening(facilitator: facilitator) }
        // A participant's screen reads where the facilitator is; the facilitator's publishes it.
        let watch = options.facilitator ? nil : LivePositionWatch(store: store, model: model)
        guard TerminalLocale.useUTF8(ProcessInfo.processInfo.environment) else {
            // Without UTF-8, accents and box lines would come out garbled: say so instead.
            Output.error(text(.terminalNotUTF8, model.uiLanguage))
            throw ExitCode(2)
        }
        let inbox = MessageInbox()
        if let reading { DispatchQueue.global(qos: .userInitiated).async { inbox.post(.commentsLoaded(reading())) } }
        let speech = EspeakSpeech()
        let runner = EffectRunner(disk: options.disk, session: model.session, today: Today.day, inbox: inbox, speech: speech)
        // The voice never outlives the screen, however it ends.
        defer { speech.stop() }
        try ReviewSession.run(&model, runner: runner, inbox: inbox, arrivals: arrivals, watch: watch,
                              highContrast: options.highContrast)
        // Said once the screen is gone (and cleared), so that it stays on the terminal.
        if let farewell = model.farewell {
            if case .sessionNotClosed = farewell { Output.error(farewell.text(model.uiLanguage)) } else {
                Output.line(farewell.text(model.uiLanguage))
            }
        }
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
/// restored on every way out. This only wires the terminal, the clock and the disk: every
/// change to the model is a message to `ReviewUpdate.update` (docs/ARCHITECTURE.md).
enum ReviewSession {
    static func run(_ model: inout ReviewModel, runner: EffectRunner, inbox: MessageInbox,
                    arrivals: ReviewArrivals? = nil, watch: LivePositionWatch? = nil, highContrast: Bool = false) throws {
        // The shell's terminal modes, saved before curses changes them, for a crash.
        TerminalRescue.saveModes(of: STDIN_FILENO)
        let screen = try CursesScreen(highContrast: highContrast)
        defer { screen.close() }
        TerminalRescue.arm(output: STDOUT_FILENO, reset: screen.leaveSequence)
        defer { TerminalRescue.disarm() }  // runs first: close() restores the terminal itself
        if model.kiosk {
            // A shared laptop holds the room: Ctrl-C, Ctrl-Z and Ctrl-\ arrive as plain keys
            // (which do nothing), so nobody drops to the shell by chance. SIGTERM and SIGHUP
            // still end it cleanly, keeping nothing unfinished.
            screen.takeSignalKeys()
            StopSignals.install(kiosk: true)
        } else {
            StopSignals.install()
            SuspendSignal.install()
        }
        var lastKey = ContinuousClock.now
        let messages = MessageLoop(runner: runner, screen: screen)
        // Where the facilitator is, and the screen's size, before the first frame.
        if let first = watch?.poll() { messages.send(first, to: &model) }
        messages.send(.resized(screen.size), to: &model)
        FrameLoop().run(
            events: EscapeDigits(screen),
            // Another terminal's save, or a digest built off the loop, wakes it: drawn
            // without a key press.
            watching: { [arrivals?.descriptor, inbox.descriptor].compactMap { $0 } },
            woken: {
                for msg in inbox.drain() { messages.send(msg, to: &model) }
                if let arrived = arrivals?.poll(known: model.known) { messages.send(arrived, to: &model) }
                // The facilitator moved: one stat per wake-up.
                if let position = watch?.poll() { messages.send(position, to: &model) }
                messages.send(.tick, to: &model)
                // How long nobody has pressed a key: a kiosk warns, then wipes.
                let idle = ContinuousClock.now - lastKey
                if model.kiosk { messages.send(.idle(seconds: Int(idle.components.seconds)), to: &model) }
            },
            shouldStop: { model.quitRequested || StopSignals.received },
            draw: {
                if SuspendSignal.take() { screen.suspendProcess() }
                let size = screen.size
                if size != model.screenSize { messages.send(.resized(size), to: &model) }
                screen.paint(ReviewView.view(model, columns: size.columns, rows: size.rows))
            },
            apply: { key in
                lastKey = ContinuousClock.now
                messages.send(.key(key), to: &model)
                return model.quitRequested ? .stop : .keepGoing
            })
        // Interrupted or hung up: whatever was being typed is kept as a draft.
        if StopSignals.received, !model.quitRequested { messages.send(.stopRequested, to: &model) }
    }
}

/// Hands a message to `update`, runs the effects it asks for, and hands their outcomes
/// back, until nothing more comes; clearing the terminal is done here, the rest by the runner.
struct MessageLoop {
    let runner: EffectRunner
    let screen: CursesScreen

    func send(_ msg: ReviewMsg, to model: inout ReviewModel) {
        var queue = [msg]
        while !queue.isEmpty {
            for effect in ReviewUpdate.update(&model, queue.removeFirst()) {
                if effect == .clearScreen {
                    screen.invalidate()  // the next frame repaints every cell
                } else if let outcome = runner.perform(effect) {
                    queue.append(outcome)
                }
            }
        }
    }
}

/// SIGINT, SIGTERM and SIGHUP (the terminal was closed) end the session cleanly: the
/// handler only sets a flag, which the loop sees within its input timeout, so the
/// terminal is restored by the normal path.
enum StopSignals {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    static var received: Bool { flag != 0 }

    /// In kiosk mode SIGINT is not a way out (nor SIGQUIT, SIGTSTP): only TERM and HUP.
    static func install(kiosk: Bool = false) {
        for sig in kiosk ? [SIGTERM, SIGHUP] : [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { _ in StopSignals.flag = 1 }
        }
        if kiosk { for sig in [SIGINT, SIGQUIT, SIGTSTP] { signal(sig, SIG_IGN) } }
    }
}
