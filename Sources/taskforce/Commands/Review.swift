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
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            try listTexts()
            return
        }
        var model = try options.model()
        setlocale(LC_ALL, "")
        guard String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8" else {
            // Without UTF-8, accents and box lines would come out garbled: say so instead.
            Output.error(text(.terminalNotUTF8, model.uiLanguage))
            throw ExitCode(2)
        }
        try ReviewSession.run(&model)
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

/// The interactive loop: draw, wait for a key (or a signal, or a resize), update, until
/// the model asks to quit. The terminal is restored on every way out.
enum ReviewSession {
    static func run(_ model: inout ReviewModel) throws {
        let screen = try CursesScreen()
        defer { screen.close() }
        StopSignals.install()
        while !model.quitRequested && !StopSignals.received {
            let size = screen.size
            screen.paint(ReviewView.view(model, columns: size.columns, rows: size.rows))
            // Every key already waiting is applied before the next frame (a paste is one frame).
            var event = screen.nextEvent(timeout: 250)
            while case .key(let key) = event {
                ReviewUpdate.update(&model, key)
                if model.quitRequested { break }
                event = screen.nextEvent(timeout: 0)
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

    static func install() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { _ in StopSignals.flag = 1 }
        }
    }
}
