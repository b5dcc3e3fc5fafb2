import ArgumentParser
import Foundation
import TaskForceCore

/// `taskforce annotate`: save one comment from a script or a facilitator's terminal.
/// The comment is read from stdin, never from argv (shell history and `ps` would show
/// it). The new id is printed alone once the file is durably saved, and nothing else.
struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Save an anonymous comment on an article; the comment is read from stdin.",
        discussion: "Prints the new annotation's id once it is safely on disk. The comment carries no key: nobody can withdraw or edit it later (a facilitator can hide it). Exit 65 if the text, article or comment is not valid, 74 if it could not be saved.")

    @Option(help: "The text id.") var text: String
    @Option(help: "The article number, as `taskforce parse` shows it (e.g. 5bis).") var article: String
    @Option(help: "support, concern, oppose or question.") var stance: Stance
    @Option(name: .customLong("tag"), help: "A theme (repeatable): \(Theme.allCases.map(\.rawValue).joined(separator: ", ")).")
    var tags: [Theme] = []
    @Option(help: "Session code, e.g. BXL-2026-07.") var session: String?
    @Option(help: "A file holding a proposed wording of the article.") var proposalFile: String?
    @Option(help: "Language of the comment (fr, nl, en, es…); by default the text's if it has one, else the one of its languages the comment's words show.")
    var language: String?
    @OptionGroup var texts: TextsOption
    @OptionGroup var annotations: AnnotationsOption

    func validate() throws {
        if let session, let problem = AnnotationRules.sessionCodeProblem(session) { throw ValidationError(problem) }
        // A usage error before anything is read, rather than a refused record naming a file
        // that was never written.
        if let language, !AnnotationRules.isLanguage(language) {
            throw ValidationError("--language must be a language code of two or three lowercase letters, such as fr, nl or en")
        }
    }

    func run() throws {
        let library = try texts.library()
        // A malformed id is a text that does not exist, as it always was (exit 65, not a usage error).
        guard let textID = TextID(text), let legalText = library.text(textID) else {
            throw StartProblem.noSuchText(text, folder: texts.directory)
        }
        let number = ArticleNumber.normalise(article)
        // The article is checked before stdin is read, in the version named or the first one.
        _ = try articleRead(number, in: legalText, language: language ?? Self.firstLanguage(of: legalText))
        let body = try Self.readComment()
        let commentLanguage = language ?? Self.language(of: body, on: legalText)
        let read = try articleRead(number, in: legalText, language: commentLanguage)
        let proposal = try proposalFile.map { path in
            let bytes = try FileReading.bytes(of: URL(fileURLWithPath: path), limit: AnnotationCodec.sizeLimit, what: "proposals")
            return try TextDecoding.decode(bytes, file: path).text
        }
        // A text may number an article in a way no annotation may carry: refused where the save refused it.
        guard let annotated = ArticleNumber(number) else {
            throw InputError(.badData, file: AnnotationStore(root: annotations.url).folder(forText: textID).relativePath,
                             "not saved: \"article\" is not an article number")
        }
        let comment = Annotation.comment(
            text: textID, article: annotated, fingerprint: read.fingerprint, stance: stance,
            tags: Theme.allCases.filter(tags.contains), body: body, proposal: proposal, language: commentLanguage,
            session: session, day: Today.day())
        try AnnotationStore(root: annotations.url).saveKeepingDraft(comment)
        Output.line(comment.id.value)
    }

    /// The article in the version the writer read: the comment's language when the text
    /// exists in it, else the text's first language (its fingerprint goes into the comment).
    func articleRead(_ number: String, in legalText: TextLibrary.LegalText, language: String) throws -> Article {
        let version = legalText.version(language)?.file != nil ? legalText.version(language)
            : legalText.versions.first { $0.file != nil }
        guard let found = version?.file?.split.article(numbered: number) else {
            throw InputError(.badData, file: version?.url.relativePath ?? texts.directory,
                             "there is no article \(number) in this text")
        }
        return found
    }

    static func firstLanguage(of text: TextLibrary.LegalText) -> String {
        TextLibrary.defaultLanguages.first { text.version($0) != nil } ?? text.versions.first?.language ?? "en"
    }

    /// The comment's language when `--language` is not given: the text's when it has one;
    /// else the one of its languages the comment's words show (issue 14, item 6: taking the
    /// first language labelled a Dutch comment on the French-Dutch bill FR); else, when the
    /// words do not tell, the text's first language, said on stderr so the writer can correct it.
    static func language(of body: String, on text: TextLibrary.LegalText) -> String {
        let languages = text.versions.map(\.language)
        if languages.count == 1 { return languages[0] }
        if let guessed = CommentLanguage.guess(body, among: languages) { return guessed }
        let first = firstLanguage(of: text)
        Output.error("the comment's words do not tell its language; it is recorded as \(first) (use --language to say)")
        return first
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
