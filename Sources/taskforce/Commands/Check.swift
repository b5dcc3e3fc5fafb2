import ArgumentParser
import Foundation
import TaskForceCore

/// `taskforce check`: is everything readable? Exit 1 when a problem is found, so that
/// it can guard a script or a commit.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the texts and the annotations; exit 1 if any problem is found, 65 if a record is refused or two records of one session disagree on its key.",
        discussion: "Invalid annotation files are moved to quarantine/ inside the annotations folder, never deleted.")

    @OptionGroup var texts: TextsOption
    @OptionGroup var annotations: AnnotationsOption

    func run() throws {
        let library = try texts.library()
        let problems = library.strayFiles + library.texts.flatMap(\.problems)
        for problem in problems { Output.line("problem: \(problem)") }
        let versions = library.texts.flatMap(\.versions)
        let articles = versions.compactMap(\.file).map(\.split.articles.count).reduce(0, +)
        Output.line("\(Output.count(library.texts.count, "text")), \(Output.count(versions.count, "language version")), \(Output.count(articles, "article")); \(Output.count(problems.count, "problem")).")
        let (annotationProblems, refused) = checkAnnotations(library)
        // A record that claims an authority it cannot show is bad data, not a mere problem.
        if refused > 0 { throw ExitCode(65) }
        if !problems.isEmpty || annotationProblems > 0 { throw ExitCode(1) }
    }

    /// The annotations half: defects (quarantined), orphans, dangling references.
    /// Comments written on an earlier version of an article are counted, not problems.
    /// Returns the number of problems, and how many of them are refused records.
    func checkAnnotations(_ library: TextLibrary) -> (problems: Int, refused: Int) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: annotations.directory, isDirectory: &isFolder), isFolder.boolValue else {
            Output.line("no annotations folder at \(annotations.directory).")
            return (0, 0)
        }
        let loaded = AnnotationLoader.load(AnnotationStore(root: annotations.url))
        for defect in loaded.defects { Output.line("problem: \(defect)") }
        // Session records first: their facilitator keys decide which moderations stand.
        let sessions = SessionRecords.load(AnnotationStore(root: annotations.url))
        let keys = SessionRecords.keys(AnnotationStore(root: annotations.url), records: sessions.records)
        // Two records of one session with different keys: bad data, for a person to settle.
        for (code, dispute) in keys.disputes.sorted(by: { $0.key < $1.key }) {
            Output.line("problem: \(dispute.sentence(code)); its hides stand, none of its duplicate marks, undoings or shows of hands counts until a person keeps the right record in sessions/ and moves the other away")
        }
        let view = CurrentView(loaded.annotations, catalogue: CurrentView.catalogue(of: library), sessions: keys)
        for r in view.refused {
            Output.line("problem: \(annotations.directory)/\(r.annotation.text)/\(r.annotation.id.value).json: refused, \(r.reason); it changes nothing (kept)")
        }
        for a in view.orphans {
            Output.line("problem: \(annotations.directory)/\(a.text)/\(a.id.value).json: orphaned (\(library.text(a.text) == nil ? "no text \"\(a.text)\"" : "no article \(a.article) in \(a.text)")); kept")
        }
        for a in view.dangling {
            Output.line("problem: \(annotations.directory)/\(a.text)/\(a.id.value).json: refers to \(a.target?.value ?? "nothing"), which is not here")
        }
        let current = view.comments.values.flatMap(\.values).flatMap { $0 }
        let earlier = current.filter(\.earlierVersion).count
        // Session records: a bad one would silently drop a city from the digest's breakdown.
        for defect in sessions.defects { Output.line("problem: \(defect)") }
        let count = loaded.defects.count + view.orphans.count + view.dangling.count + sessions.defects.count
            + view.refused.count + keys.disputes.count
        Output.line("\(Output.count(sessions.records.count, "session record")).")
        Output.line("\(Output.count(loaded.annotations.count, "annotation")): \(Output.count(current.count, "current comment")) (\(earlier) on an earlier version of their article), \(view.withdrawn.count) withdrawn; \(Output.count(count, "problem")).")
        return (count, view.refused.count + keys.disputes.count)
    }
}
