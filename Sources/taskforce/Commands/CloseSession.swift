import ArgumentParser
import Foundation
import TaskForceCore

/// `taskforce close-session CODE`: the session's annotation files written again in a random
/// order, so that the files no longer tell the order of writing (SessionClosing).
struct CloseSession: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close-session",
        abstract: "After a session: write its annotation files again in a random order, so that their inode numbers, change times and listing order no longer tell who wrote first.",
        discussion: "Contents and names are unchanged; file and folder times say midnight. Safe to run twice, or to interrupt.")

    @Argument(help: "The session code, as given with --session (e.g. BXL-2026-07).") var code: String
    @OptionGroup var annotations: AnnotationsOption

    func run() throws {
        guard AnnotationRules.isSessionCode(code) else {
            throw ValidationError("'\(Sanitizer.sanitize(code))' is not a session code: letters, digits and '-' (e.g. BXL-2026-07)")
        }
        let day = Today.day()
        let report = try SessionClosing.close(code, in: AnnotationStore(root: annotations.url), day: day)
        Output.line("Session \(code): \(Output.count(report.files, "annotation file")) in \(Output.count(report.folders, "folder")) written again in a random order; their folders' times now say \(day) 00:00 UTC.")
    }
}
