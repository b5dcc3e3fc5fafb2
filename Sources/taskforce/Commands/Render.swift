import ArgumentParser
import Foundation
import ReviewRuntime
import TaskForceCore
import TaskForceUI

/// `taskforce render`: the review interface run headless on a key script, printing the
/// final screen as text (README: Commands) — for tests, documentation and training material.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Run the review screen on a key script, without a terminal, and print the final screen.",
        discussion: """
            KEYS: printable characters stand for themselves; special keys are <Enter> <Esc> <Tab> \
            <BS> <Space> <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <F1>…<F12> <C-x>, \
            and <lt> for a literal '<'. Example: taskforce render --keys '<Down><Down><F5>'

            The mouse: <Click COL,ROW> <WheelUp COL,ROW> <WheelDown COL,ROW>, counted from 0 at the \
            top left of the printed screen. Example: taskforce render --keys '<Click 5,7>'

            render never writes a file: a save (Ctrl-S) in the script is not performed, and the \
            screen shows the composer as it was at that moment.
            """)

    @Option(help: "Screen size, COLSxROWS (each from 1 to 1000).") var size = ScreenSize(columns: 80, rows: 24)
    @Option(help: "The keys to press.") var keys: String = ""
    @OptionGroup var review: ReviewOptions

    func run() throws {
        let script: [Key]
        do { script = try KeyScript.parse(keys) } catch { throw ValidationError(error.description) }
        var model = try StartProblem.said(in: review.uiLanguage) {
            try review.model(facilitator: review.facilitatorState(), moving: false)
        }
        if case .filesNotUsed(let count)? = model.status {
            Output.error("\(count) invalid annotation file(s) are not used and were not moved (render writes nothing); taskforce check names them and moves them to quarantine/")
        }
        // Everything at once (no inbox): the preview is built before the next key.
        let runner = EffectRunner(disk: review.disk, session: model.session, today: Today.day)
        func send(_ msg: ReviewMsg) {
            var queue = [msg]
            while !queue.isEmpty {
                // Only what reads is run: render never writes a file.
                for effect in ReviewUpdate.update(&model, queue.removeFirst()) where effect.onlyReads {
                    if let outcome = runner.perform(effect) { queue.append(outcome) }
                }
            }
        }
        // Where the session's facilitator is, read once (render only reads), as a participant's
        // screen reads it; the facilitator's own screen publishes it and never reads it back.
        if !review.facilitator, let position = LivePositionWatch(store: AnnotationStore(root: review.annotations.url), model: model)?.poll() {
            send(position)
        }
        send(.resized(size))  // clicks are read against it
        for key in script {
            send(.key(key))
            if model.quitRequested { break }
        }
        let grid = ReviewView.view(model, columns: size.columns, rows: size.rows)
        Output.line(grid.rows(trimmingTrailingSpaces: true).joined(separator: "\n"))
    }
}

/// The options of the review screen shared by `review` and `render` (README: Commands).
struct ReviewOptions: ParsableArguments {
    @OptionGroup var texts: TextsOption
    @OptionGroup var annotations: AnnotationsOption
    @Option(help: "Open this text directly.") var text: String?
    /// The values are listed by ArgumentParser from UILanguage.allCases, the one list.
    @Option(help: "Interface language (default: from the locale).") var lang: UILanguage?
    @Option(help: "Session code written into every annotation, e.g. BXL-2026-07.") var session: String?
    @Flag(help: "Shared laptop: nobody sees the others' comments, and a saved comment leaves the screen.")
    var kiosk = false
    @Flag(help: "Run the live session given with --session: its record, the dashboard, shows of hands.")
    var facilitator = false
    @Flag(help: "No colours: bold, reverse and underline in the terminal's own colours, for low vision.")
    var highContrast = false
    @Flag(help: "Reading mode: one column without frames, the article then its comments as plain lines, for screen readers and very large letters (r switches it on the screen).")
    var reading = false

    func validate() throws {
        if let session, let problem = AnnotationRules.sessionCodeProblem(session) { throw ValidationError(problem) }
        try FacilitatorOptions.validate(facilitator: facilitator, session: session, kiosk: kiosk)
    }

    /// The texts, the current comment counts per article, and the interface language.
    /// The facilitator's session, read once: nil without `--facilitator`. A record that
    /// cannot be used is an error naming it (exit 65).
    /// `--lang`, or the locale's language.
    var uiLanguage: UILanguage { lang ?? UILanguage.fromLocale(ProcessInfo.processInfo.environment) }

    func facilitatorState() throws -> FacilitatorState? {
        guard facilitator, let session else { return nil }
        return try FacilitatorOptions.state(session, annotations: annotations)
    }

    /// The folders the screen reads and writes.
    var disk: FolderDisk {
        FolderDisk(store: AnnotationStore(root: annotations.url), texts: texts.url)
    }

    /// The screen's model with the annotations read, at once (`render`).
    /// - Parameter facilitator: the session as `facilitatorState()` read it.
    /// - Parameter moving: move invalid annotation files to quarantine/ (the real screen);
    ///   `render`, which writes nothing, only reports them.
    func model(facilitator state: FacilitatorState? = nil, moving: Bool = true) throws -> ReviewModel {
        let (model, reading) = try opening(facilitator: state, moving: moving)
        var loaded = model
        if let reading { _ = ReviewUpdate.update(&loaded, .commentsLoaded(reading())) }
        return loaded
    }

    /// The screen's model with the texts only, and the read of the annotations folder still
    /// to do (nil in a kiosk, which loads nobody's comments, or without the folder): the
    /// screen runs it on a worker and sends its result as `.commentsLoaded`.
    func opening(facilitator state: FacilitatorState? = nil,
                 moving: Bool = true) throws -> (ReviewModel, reading: (@Sendable () -> CommentsLoaded)?) {
        let library = try texts.library()
        var isFolder: ObjCBool = false
        var reading: (@Sendable () -> CommentsLoaded)?
        // In kiosk mode the others' comments are not even loaded: nothing to show by mistake.
        if !kiosk, FileManager.default.fileExists(atPath: annotations.directory, isDirectory: &isFolder), isFolder.boolValue {
            let store = AnnotationStore(root: annotations.url)
            let catalogue = CurrentView.catalogue(of: library)
            reading = {
                let loaded = StartupLoad(store: store, catalogue: catalogue, quarantine: moving)
                return CommentsLoaded(known: loaded.known, notes: loaded.notes, sessionKeys: loaded.sessionKeys,
                                      setAside: loaded.defects.count, moved: moving)
            }
        }
        let entries = library.texts.compactMap { text -> ReviewModel.TextEntry? in
            let versions = text.versions.compactMap { v in v.file.map { (language: v.language, split: $0.split) } }
            guard !versions.isEmpty else { return nil }
            let ordered = versions.sorted {
                (TextLibrary.defaultLanguages.firstIndex(of: $0.language) ?? 99) < (TextLibrary.defaultLanguages.firstIndex(of: $1.language) ?? 99)
            }
            return ReviewModel.TextEntry(id: text.id, versions: ordered)
        }
        let opened = text.flatMap(TextID.init)
        if let text, opened == nil || !entries.contains(where: { $0.id == opened }) {
            throw StartProblem.noSuchText(text, folder: texts.directory)
        }
        let model = ReviewModel(texts: entries, uiLanguage: uiLanguage, openText: opened, kiosk: kiosk, session: session,
                                facilitator: state, textsFolder: texts.directory, reading: self.reading,
                                commentsLoading: reading != nil)
        return (model, reading)
    }
}
