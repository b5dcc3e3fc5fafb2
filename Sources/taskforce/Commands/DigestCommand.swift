import ArgumentParser
import Foundation
import TaskForceCore

/// `taskforce digest`: the feedback digest of one text for policymakers (ARCHITECTURE: The digest; README: digest),
/// with identifying details replaced and small groups never broken down. Prints to stdout,
/// or writes `--out` durably (a complete new file or the old one, never half of one).
struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Export the feedback digest of a text: Markdown, HTML, CSV, JSON, DOCX, ODT or PDF.",
        discussion: """
            Identifying details in comments (e-mail addresses, phone numbers, IBANs, Belgian national numbers) are \
            replaced by a placeholder; how many is said on stderr. Comments by session or place are shown only when \
            every group had at least --min-group people. docx, odt and pdf are documents for a word processor (pdf is \
            the odt converted by LibreOffice headless); they are written with --out, or to stdout only when it is not \
            a terminal. Exit 2 for a document format with stdout on a terminal and no --out, 65 if the text does not \
            exist, 69 if LibreOffice is missing or fails (pdf), 74 if the file cannot be written.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, csv, json, docx, odt, pdf

        /// Zips and PDFs: never written raw to a terminal.
        var isBinary: Bool { self == .docx || self == .odt || self == .pdf }
    }

    @Option(help: "The text id (needed when several texts have annotations).") var text: String?
    @Option(help: "markdown, html, csv, json, docx, odt or pdf.") var format: Format = .markdown
    @Option(help: "Write the digest to this file instead of stdout (needed for docx, odt and pdf on a terminal).")
    var out: String?
    // The values are listed by ArgumentParser from UILanguage.allCases, the one list.
    @Option(help: "Language of the labels (by default the locale's). Comments stay in their own language.")
    var lang: UILanguage?
    @Option(help: "Smallest number of people a session or place must have to be shown on its own.")
    var minGroup: Int = DigestBuilder.Options.defaultMinGroup
    @OptionGroup var texts: TextsOption
    @OptionGroup var annotations: AnnotationsOption

    func validate() throws {
        guard (1...SessionRecordCodec.largestHeadcount).contains(minGroup) else {
            throw ValidationError("--min-group must be between 1 and \(SessionRecordCodec.largestHeadcount)")
        }
        // A zip or a PDF on a terminal is noise, and its bytes could be taken for commands.
        if format.isBinary, out == nil, isatty(STDOUT_FILENO) == 1 {
            throw ValidationError("--format \(format.rawValue) writes a binary document: give --out FILE (or redirect stdout to a file)")
        }
    }

    func run() throws {
        let language = lang ?? UILanguage.fromLocale(ProcessInfo.processInfo.environment)
        let library = try StartProblem.said(in: language) { try texts.library() }
        let store = AnnotationStore(root: annotations.url)
        let loaded = AnnotationLoader.load(store)
        let sessions = SessionRecords.load(store)
        for defect in loaded.defects + sessions.defects { Output.error(DigestReport.setAside(language) + "\(defect)") }
        let chosen = try StartProblem.said(in: language) { try choose(library, loaded.annotations) }
        let digest = DigestBuilder.build(text: chosen, annotations: loaded.annotations, sessions: sessions.records,
                                         keys: SessionRecords.keys(store, records: sessions.records),
                                         options: .init(language: language, minGroup: minGroup))
        let document: [UInt8] = switch format {
        case .markdown: Array(DigestMarkdown.render(digest).utf8)
        case .html: Array(DigestHTML.render(digest).utf8)
        case .csv: Array(DigestCSV.render(digest).utf8)
        case .json: Array(DigestJSON.render(digest).utf8)
        case .docx: DigestDOCX.render(digest)
        case .odt: DigestODT.render(digest)
        case .pdf: try DigestPDF.render(digest, file: out ?? "stdout")
        }
        if let out {
            // Replacing is for a previous export: never a device (/dev/null), folder or link.
            var info = stat()
            if lstat(out, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
                throw InputError(.io, file: out, "this is not a regular file; nothing was written (choose a file name)")
            }
            do { try DurableFile.replace(document, at: URL(fileURLWithPath: out)) } catch { throw error.error }
        } else {
            Output.write(bytes: document)
        }
        Output.error(DigestReport.redactions(digest.redactions, language))
    }

    /// The text asked for; without --text, the only text, or the only one with annotations.
    func choose(_ library: TextLibrary, _ all: [Annotation]) throws -> TextLibrary.LegalText {
        if let text {
            guard let found = TextID(text).flatMap(library.text) else {
                throw StartProblem.noSuchText(text, folder: texts.directory)
            }
            return found
        }
        if library.texts.count == 1 { return library.texts[0] }
        let annotated = Set(all.map(\.text))
        let candidates = library.texts.filter { annotated.contains($0.id) }
        if candidates.count == 1 { return candidates[0] }
        let ids = (candidates.isEmpty ? library.texts : candidates).map(\.id.rawValue).joined(separator: ", ")
        guard !ids.isEmpty else { throw InputError(.badData, file: texts.directory, "there are no texts in this folder") }
        throw ValidationError("several texts could be digested; choose one with --text: \(ids)")
    }
}
