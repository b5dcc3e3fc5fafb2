import ArgumentParser
import Foundation
import TaskForceCore

/// `taskforce parse FILE`: split one file and show its articles, to check how a text
/// will be read before it goes into `Texts/`.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Split one text file into articles and print them.",
        discussion: "Exit 65 when the file cannot be read as a text, has no article, or repeats an article number.")

    @Argument(help: "A .txt or .md text (Akoma Ntoso .xml too).") var file: String
    @Flag(help: "Print JSON (see README: Commands).") var json = false

    func run() throws { try Parse.perform(file: file, json: json) }

    /// `parse FILE`, `parse --json FILE` or `parse FILE --json` with a FILE that is no
    /// option: what `TaskForce.main` runs without ArgumentParser, whose reflection over
    /// every command's options is a tenth of a large code's `parse`. Anything else (help,
    /// a missing or extra argument, `--`, an unknown option, a FILE named like an option or
    /// `help`) goes through ArgumentParser, so its messages and exit codes stay its own.
    static func plainArguments(_ argv: [String]) -> (file: String, json: Bool)? {
        guard argv.count == 3 || argv.count == 4, argv[1] == "parse" else { return nil }
        var rest = Array(argv[2...])
        let json = rest.count == 2
        if json {
            guard let flag = rest.firstIndex(of: "--json") else { return nil }
            rest.remove(at: flag)
        }
        let file = rest[0]
        guard !file.isEmpty, !file.hasPrefix("-"), file != "help" else { return nil }
        return (file, json)
    }

    /// Prints the split of `file`; when it succeeds the process ends here (exit 0).
    static func perform(file: String, json: Bool) throws {
        // The file's name, and its path and extension for reading, as URL gives them.
        let name: String, path: String, pathExtension: String
        if let plain = PlainFilePath(file) {
            (name, path, pathExtension) = (plain.lastComponent, plain.path, plain.pathExtension)
        } else {
            let url = URL(fileURLWithPath: file)
            (name, path, pathExtension) = (url.lastPathComponent, url.relativePath, url.pathExtension)
        }
        let language = TextFileName(name)?.language
        let loaded = try TextFile.read(path: path, pathExtension: pathExtension, language: language)
        let split = loaded.split
        if json {
            try Output.json(ParseJSON(split, language: language ?? split.frontMatterValue("language")))
        } else {
            ArticleListing.write(split)
        }
        if loaded.encoding == .latin1 {
            Output.error("\(file): read as \(loaded.encoding.rawValue), not UTF-8; save it as UTF-8 to be sure accents are right")
        }
        for notice in split.notices { Output.error("warning: \(notice)") }
        if !split.problems.isEmpty {
            for problem in split.problems { Output.error(problem.description) }
            throw ExitCode(65)
        }
        // Everything is written (unbuffered, checked writes): end here rather than free a
        // large code's thousands of articles, strings and arrays one by one on the way out.
        Foundation.exit(0)
    }
}

/// `{"title", "language", "preamble", "articles": [{"number", "label", "heading", "path",
/// "text", "fingerprint"}], "closing"}` (README: Commands). Absent values are `null`, not missing.
struct ParseJSON: Encodable {
    var title: String
    var language: String?
    var preamble: String
    var articles: [ArticleJSON]
    var closing: String

    init(_ split: SplitText, language: String?) {
        title = split.title
        self.language = language
        preamble = split.preamble.text
        articles = split.articles.map(ArticleJSON.init)
        closing = split.closing.text
    }

    enum CodingKeys: String, CodingKey { case title, language, preamble, articles, closing }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(language, forKey: .language)
        try c.encode(preamble, forKey: .preamble)
        try c.encode(articles, forKey: .articles)
        try c.encode(closing, forKey: .closing)
    }
}

struct ArticleJSON: Encodable {
    var number: String
    var label: String
    var heading: String?
    var path: [String]
    var text: String
    var fingerprint: String

    init(_ a: Article) {
        number = a.number
        label = a.label
        heading = a.heading
        path = a.path
        text = a.text
        fingerprint = a.fingerprint
    }

    enum CodingKeys: String, CodingKey { case number, label, heading, path, text, fingerprint }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(label, forKey: .label)
        try c.encode(heading, forKey: .heading)
        try c.encode(path, forKey: .path)
        try c.encode(text, forKey: .text)
        try c.encode(fingerprint, forKey: .fingerprint)
    }
}

/// Plain listing: one line per article with its path, heading and the start of its text.
/// Built as one byte buffer and printed in one write: a code has thousands of articles.
enum ArticleListing {
    /// Writes the listing to stdout in pieces of about 64 KB, each checked by the sanitizer and
    /// written while it is in the cache: made whole, a code's listing was 600 KB of fresh
    /// pages (150 page faults) read again for the check (BENCHMARKS: issue 16).
    ///
    /// A code's later half is made and checked on the other core meanwhile, and written after
    /// the first: the same bytes, in half the time (BENCHMARKS: issue 16, the listing on two
    /// cores). A shorter listing is not worth a thread's start.
    static func write(_ split: SplitText) {
        let count = split.articles.count
        let pieceSize = 64 * 1024
        guard count >= twoCoresFrom,
              let later = BackgroundThread({ () -> [[UInt8]] in
                  var pieces: [[UInt8]] = []
                  render(split, articles: count / 2..<count, pieceSize: pieceSize) { pieces.append(Output.checked(validUTF8: $0)) }
                  return pieces
              })
        else {
            render(split, articles: 0..<count, pieceSize: pieceSize) { Output.text(validUTF8: $0) }
            return
        }
        render(split, articles: 0..<count / 2, pieceSize: pieceSize) { Output.text(validUTF8: $0) }
        for piece in later.wait() { Output.write(checked: piece) }
    }

    /// From this many articles on, `write` makes the later half on another thread: a thread
    /// starts in about 0.06 ms, the listing of 1,000 articles takes about 0.2.
    static let twoCoresFrom = 2_000

    /// Hands the listing of `part` of the articles to `emit` in pieces of `pieceSize` bytes or a
    /// little more: valid UTF-8 (whole strings, ASCII, and first lines cut between scalars), each
    /// piece cut just after a line end, so that sanitizing the pieces one by one gives what
    /// sanitizing the whole would (no character, CR LF pair or combining sequence spans a cut).
    /// The title comes first when `part` starts at the first article, the count last when it
    /// ends at the last; the listings of consecutive parts, joined, are the listing of all.
    static func render(_ split: SplitText, articles part: Range<Int>, pieceSize: Int, emit: ([UInt8]) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(min(pieceSize, 256 + part.count * 120) + 512)  // about 95 bytes a line in a code
        if part.lowerBound == 0 {
            appendBytes(of: split.title, to: &out)
            out.append(0x0A)  // then the blank line below the title
        }
        // The path as the articles before would have left it: a heading is printed where the
        // path changes (`appendLine`).
        var lastPath = split.articles[..<part.lowerBound].last { !$0.path.isEmpty }?.path ?? []
        // Each article is read where it lies, through a pointer: the array's subscript (and a
        // buffer's, passed on) copied it out, retaining and releasing its six fields.
        split.articles.withUnsafeBufferPointer { articles in
            guard let first = articles.baseAddress else { return }
            for index in part {
                // Bodies lie far apart in a code's megabytes: fetch one a few articles ahead, so
                // that its first line is in the cache when its turn comes (it was most of the
                // listing's time, waiting on memory).
                if index + prefetchDistance < part.upperBound { (first + index + prefetchDistance).pointee.body.prefetch() }
                // Each entry starts a line: the place to cut. A later part's first line end
                // ends the part before it.
                if index > part.lowerBound || index == 0 { out.append(0x0A) }
                if out.count >= pieceSize {
                    emit(out)
                    out.removeAll(keepingCapacity: true)
                }
                appendLine(of: first + index, under: &lastPath, to: &out)
            }
        }
        if part.upperBound == split.articles.count {
            out.append(contentsOf: "\n\n\(split.articles.count) articles.\n".utf8)
        } else {
            out.append(0x0A)  // the line end before the next part's first entry
        }
        emit(out)
    }

    /// 16 rather than 8, with two cache lines a body: 0.5 ms less of a 6.5 MB code's parse
    /// (medians of 120 interleaved runs, both orders; 32 gave no more).
    static let prefetchDistance = 16

    /// One article's line, after the line end before it, and its innermost heading first
    /// when the path changes.
    static func appendLine(of pointer: UnsafePointer<Article>, under lastPath: inout [String], to out: inout [UInt8]) {
        // Fields read through `pointee` one by one: a copy of the whole article into a local
        // would retain and release its six fields.
        if !samePath(pointer.pointee.path, lastPath), let innermost = pointer.pointee.path.last {
            appendBytes(of: innermost, to: &out)
            out.append(0x0A)
            lastPath = pointer.pointee.path
        }
        out.append(0x20)
        out.append(0x20)
        appendBytes(of: pointer.pointee.number, to: &out)
        for _ in 0..<max(0, 8 - pointer.pointee.number.count) { out.append(0x20) }  // (a Repeated went the generic way)
        out.append(0x20)
        appendBytes(of: pointer.pointee.label, to: &out)
        if let heading = pointer.pointee.heading {
            out.append(0x20)
            appendBytes(of: heading, to: &out)
        }
        out.append(0x20)
        out.append(0x20)
        appendFirstLine(of: pointer.pointee.body, characters: 60, to: &out)
    }

    /// Whether two paths are equal, answered at once when they are the same array (the
    /// articles under one heading share their path's storage): `==` was a call per article.
    static func samePath(_ a: [String], _ b: [String]) -> Bool {
        a.sharesStorage(with: b) || a == b
    }

    /// A string's bytes copied in one go: appending its UTF-8 view as a sequence goes byte
    /// by byte through the standard library's generic path (4.5 M instructions for the
    /// numbers, labels and headings of a 6,500-article code).
    static func appendBytes(of text: String, to out: inout [UInt8]) {
        // `withUTF8` reaches a small string's bytes too (a number, a label), where
        // `withContiguousStorageIfAvailable` gives nil and left them to the generic path.
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// The first `count` characters (grapheme clusters) of the body's first line, read from
    /// its bytes where they lie (no string is made of a body kept as a range of the file).
    /// Only the first 240 bytes are looked at: bodies can be long, and this runs for every
    /// article of a code. Below U+0300 and without a CR every scalar is a character of its own (what joins
    /// scalars into one character, combining marks, joiners, Hangul, flags, CR LF, lies above
    /// or is CR), so when the first `count + 1` scalars are all such (the one after the cut
    /// decides whether the last character goes on), scalars are counted on the bytes and
    /// nothing further is read; other text goes through `String`'s own counting.
    static func appendFirstLine(of body: ArticleBody, characters count: Int, to out: inout [UInt8]) {
        let counted: Bool = body.withUTF8 { bytes in
            let end = min(bytes.count, 240)
            var scalars = 0
            var cut = 0
            // Eight bytes at a time while none ends the line or needs `String`'s counting
            // and their scalars still fit: a scalar starts at every byte but continuation
            // bytes (10xxxxxx). The loop below takes the last bytes one by one.
            while cut + 8 <= end {
                let w = UnsafeRawPointer(bytes.baseAddress! + cut).loadUnaligned(as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
                func isByte(_ pattern: UInt64) -> UInt64 {  // exact in every byte: no borrow
                    let v = w ^ pattern
                    return ~(((v & low7) &+ low7) | v) & high
                }
                let top = w & high
                let atLeastCC = top & ((w & low7) &+ 0x3434_3434_3434_3434)
                let stops = (isByte(0x0A0A_0A0A_0A0A_0A0A) | isByte(0x0D0D_0D0D_0D0D_0D0D) | atLeastCC) & high
                let starts = (~(top & ~(w << 1)) & high).nonzeroBitCount
                if stops != 0 || scalars + starts > count { break }
                scalars += starts
                cut += 8
            }
            while cut < end, bytes[cut] != 0x0A {
                let b = bytes[cut]
                if b >= 0xCC || b == 0x0D { return false }
                if b & 0xC0 != 0x80 {  // the first byte of a scalar
                    if scalars == count { break }
                    scalars += 1
                }
                cut += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<cut]))
            return true
        }
        if counted { return }
        let head = body.withUTF8 { String(decoding: $0.prefix(240).prefix { $0 != 0x0A }, as: UTF8.self) }
        out.append(contentsOf: head.prefix(count).utf8)
    }
}
