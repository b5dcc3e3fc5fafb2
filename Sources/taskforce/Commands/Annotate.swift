import ArgumentParser
import Foundation
import TaskForceCore

/// `taskforce annotate`: save one comment from a script or a facilitator's terminal.
/// The comment is read from stdin, never from argv (shell history and `ps` would show
/// it). The new id is printed alone once the file is durably saved, and nothing else.
struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Save an anonymous comment on an article; the comment is read from stdin.",
        discussion: "Prints the new annotation's id once it is safely on disk. The comment carries no key: nobody can withdraw or edit it later (a facilitator can hide it). Exit 65 if the text, article or comment is not valid, 74 if it could not be saved.")

    @Option(help: "The text id.") var text: String
    @Option(help: "The article number, as `taskforce parse` shows it (e.g. 5bis).") var article: String
    @Option(help: "support, concern, oppose or question.") var stance: Stance
    @Option(name: .customLong("tag"), help: "A theme (repeatable): \(Theme.allCases.map(\.rawValue).joined(separator: ", ")).")
    var tags: [Theme] = []
    @Option(help: "Session code, e.g. BXL-2026-07.") var session: String?
    @Option(help: "A file holding a proposed wording of the article.") var proposalFile: String?
    @Option(help: "Language of the comment (fr, nl, en, es…); by default the text's first language.")
    var language: String?
    @OptionGroup var texts: TextsOption
    @OptionGroup var annotations: AnnotationsOption

    func validate() throws {
        if let session, !AnnotationRules.isSessionCode(session) {
            throw ValidationError("--session must use letters, digits and '-' (e.g. BXL-2026-07)")
        }
    }

    func run() throws {
        let library = try texts.library()
        guard let legalText = library.text(text) else {
            throw InputError(.badData, file: texts.directory, "there is no text \"\(text)\" (see `taskforce texts`)")
        }
        let number = ArticleNumber.normalise(article)
        let commentLanguage = language ?? TextLibrary.defaultLanguages.first { legalText.version($0) != nil }
            ?? legalText.versions.first?.language ?? "en"
        // The fingerprint of the version the writer read: the comment's language when the
        // text exists in it, else the text's first language.
        let version = legalText.version(commentLanguage)?.file != nil ? legalText.version(commentLanguage)
            : legalText.versions.first { $0.file != nil }
        guard let articleRead = version?.file?.split.article(numbered: number) else {
            throw InputError(.badData, file: version?.url.relativePath ?? texts.directory,
                             "there is no article \(number) in this text")
        }
        let body = try Self.readComment()
        let proposal = try proposalFile.map { path in
            let bytes = try FileReading.bytes(of: URL(fileURLWithPath: path), limit: AnnotationCodec.sizeLimit, what: "proposals")
            return try TextDecoding.decode(bytes, file: path).text
        }
        let comment = Annotation.comment(
            text: text, article: number, fingerprint: articleRead.fingerprint, stance: stance,
            tags: Theme.allCases.filter(tags.contains), body: body, proposal: proposal, language: commentLanguage,
            session: session, day: Today.day())
        try AnnotationStore(root: annotations.url).saveKeepingDraft(comment)
        Output.line(comment.id.value)
    }

    /// The whole of stdin, as UTF-8 text; an empty comment is refused.
    static func readComment() throws -> String {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard data.count <= AnnotationCodec.sizeLimit else {
            throw InputError(.badData, file: "stdin", "the comment is larger than \(AnnotationCodec.sizeLimit / 1024) KiB")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(.badData, file: "stdin", "the comment is not valid UTF-8")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw InputError(.badData, file: "stdin", "the comment is empty (write it on standard input)")
        }
        return trimmed
    }
}

/// Options shared by the commands that read or write `Annotations/`.
struct AnnotationsOption: ParsableArguments {
    @Option(name: .customLong("annotations"), help: "Folder of annotations.")
    var directory: String = "Annotations"

    var url: URL { URL(fileURLWithPath: directory) }
}

/// Today's calendar day in the machine's time zone, `YYYY-MM-DD`: the only date an
/// annotation records (no time of day, no time zone).
enum Today {
    static func day() -> String {
        var now = time(nil)
        var t = tm()
        localtime_r(&now, &t)
        return String(format: "%04d-%02d-%02d", Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday))
    }
}
