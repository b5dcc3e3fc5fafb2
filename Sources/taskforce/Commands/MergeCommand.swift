import ArgumentParser
import Foundation
import TaskForceCore

/// `taskforce merge SOURCE...`: bring the annotations of other folders and bundles (a USB
/// stick, another city) into this one. Every source is read, and every bundle verified,
/// before the first file is copied: a bad bundle stops the merge with nothing changed.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Add the annotations of other folders or bundles to this one.",
        discussion: """
            A union by id: annotations this folder lacks are copied in, unchanged; those it \
            has are left alone. Session records (sessions/<code>.json: place, day, \
            headcount) come along the same way; another record of a session already here \
            is kept aside in conflicts/sessions/ and listed. Running a merge again, or in another order, gives the same \
            annotations. The sources are never changed.

            An annotation with the id of one already here but different content is a \
            conflict: neither is changed, the incoming one is kept aside in conflicts/ and \
            listed. Invalid files in a source folder are listed and not copied. A \
            withdrawal, edit or moderation that its writer (or the session's facilitator) \
            did not sign is refused: kept aside in conflicts/ and listed, not copied.

            Exit 0 when everything merged cleanly, 1 when conflicts or invalid files were \
            found (the rest is merged), 65 when a bundle is damaged or altered (it is refused \
            whole: nothing at all is merged), 74 on an input/output error.
            """)

    @Argument(help: "Folders of annotations or bundle files made by `taskforce bundle`.")
    var sources: [String]
    @OptionGroup var annotations: AnnotationsOption

    func validate() throws {
        guard !sources.isEmpty else { throw ValidationError("give at least one folder or bundle to merge") }
    }

    func run() throws {
        let (defects, reports) = try AnnotationMerge.merge(sources.map { URL(fileURLWithPath: $0) },
                                                          into: AnnotationStore(root: annotations.url))
        for defect in defects { Output.line("problem here: \(defect)") }
        for report in reports {
            Output.line(report.summary)
            for conflict in report.conflicts { Output.line("  conflict: \(conflict)") }
            for conflict in report.sessionConflicts { Output.line("  conflict: \(conflict)") }
            for invalid in report.invalid { Output.line("  invalid: \(invalid)") }
            for refused in report.refused { Output.line("  refused: \(refused)") }
        }
        let problems = !defects.isEmpty || reports.contains(where: \.hasProblems)
        if problems { throw ExitCode(1) }
    }
}
